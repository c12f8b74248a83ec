using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Generator.Markdown;

/// <summary>
/// Markdig's paragraph parser, reading the link reference definitions at the start of a
/// paragraph in one pass. Markdig makes a new reader over the rest of the paragraph for each
/// definition, removes it from the front of the paragraph's lines, and looks for it among all the
/// definitions so far before adding it: 800,000 definitions would take it hours. The definitions
/// it records are the same, with the same lines and spans; the rest of the paragraph is then left
/// to Markdig, which finds no further definition at its start. Markdig's own paragraph parser
/// stays in the pipeline after this one: extensions find it by its exact type (auto identifiers
/// listen for the setext headings it closes, grid tables give it back the lines of a table that
/// is not one), and it continues the paragraphs this one opens, so setext headings are still its.
/// </summary>
internal sealed class ParagraphParser(ParagraphBlockParser markdigs) : ParagraphBlockParser
{
    public override BlockState TryContinue(BlockProcessor processor, Block block) => markdigs.TryContinue(processor, block);

    public override bool Close(BlockProcessor processor, Block block)
    {
        if (!processor.TrackTrivia && block is ParagraphBlock paragraph && paragraph.Lines.Count > 0)
        {
            ReadDefinitions(ref paragraph.Lines, processor.Document);
        }

        return base.Close(processor, block);
    }

    private static void ReadDefinitions(ref StringLineGroup lines, MarkdownDocument document)
    {
        var reader = lines.ToCharIterator();
        var cursor = new LineStarts(lines);
        var found = false;
        while (true)
        {
            var attempt = reader;
            if (!LinkReferenceDefinition.TryParse(ref attempt, out var definition))
            {
                break;
            }

            // What Markdig's document.SetLinkReferenceDefinition does for a definition in no group yet.
            var group = document.GetLinkReferenceDefinitions(true);
            group.Add(definition);
            group.Links.TryAdd(definition.Label!, definition);

            var (line, lineStart) = cursor.MoveTo(reader.SliceIndex);
            definition.Line = lines.Lines[line].Line;
            definition.Span = cursor.ToAbsolute(definition.Span, line, lineStart);
            definition.LabelSpan = cursor.ToAbsolute(definition.LabelSpan, line, lineStart);
            definition.UrlSpan = cursor.ToAbsolute(definition.UrlSpan, line, lineStart);
            definition.TitleSpan = cursor.ToAbsolute(definition.TitleSpan, line, lineStart);
            reader = attempt;
            found = true;
        }

        if (found)
        {
            lines = reader.Remaining();
        }
    }

    /// <summary>
    /// Offsets in a paragraph's lines, as its reader counts them (each line with its newline), to
    /// offsets in the text: Markdig's own conversion, started from the definition's first line
    /// instead of the paragraph's.
    /// </summary>
    private sealed class LineStarts(StringLineGroup lines)
    {
        private int _line;
        private int _lineStart;

        /// <summary>Line <paramref name="index"/> and its offset; indexes only grow.</summary>
        public (int Line, int Start) MoveTo(int index)
        {
            for (; _line < index && _line < lines.Count - 1; _line++)
            {
                _lineStart += LengthOf(_line);
            }

            return (_line, _lineStart);
        }

        public SourceSpan ToAbsolute(SourceSpan span, int line, int lineStart) =>
            span.IsEmpty ? span : new SourceSpan(ToAbsolute(span.Start, line, lineStart), ToAbsolute(span.End, line, lineStart));

        private int ToAbsolute(int position, int line, int lineStart)
        {
            for (var i = line; i < lines.Count; i++)
            {
                var length = LengthOf(i);
                if (i == lines.Count - 1 || position < lineStart + length)
                {
                    return lines.Lines[i].Slice.Start + (position - lineStart);
                }

                lineStart += length;
            }

            return lines.Lines[lines.Count - 1].Slice.End + 1;
        }

        private int LengthOf(int line) => lines.Lines[line].Slice.Length + lines.Lines[line].Slice.NewLine.Length();
    }
}
