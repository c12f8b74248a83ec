using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Generator.Markdown;

/// <summary>
/// Parses wikilinks. It runs before Markdig's link parser and takes only brackets that mean
/// nothing in CommonMark: it leaves alone an ordinary link whose text is in brackets
/// (<c>[[1]](url)</c>, <c>[[1]][ref]</c>), and <c>[[label]]</c> where <c>[label]</c> is a defined
/// link reference. Its text holds no bracket, newline, backtick or <c>&lt;</c> (code spans,
/// autolinks and HTML bind tighter, as they do in links). From each <c>[[</c> it reads forward only
/// to the first such character, so a text is read in linear time however many brackets it has.
/// </summary>
public sealed class WikiLinkParser : InlineParser
{
    public WikiLinkParser()
    {
        OpeningCharacters = ['['];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '[')
        {
            return false;
        }

        var text = slice.Text;
        var start = slice.Start;
        var close = FindClose(text, start + 2, slice.End);
        if (close < 0 || HasCommonMarkMeaning(processor, slice, close))
        {
            return false;
        }

        var inner = text.AsSpan(start + 2, close - start - 2);
        if (inner.Trim().IsEmpty)
        {
            return false;
        }

        string? label = null;
        var pipe = inner.IndexOf('|');
        if (pipe >= 0)
        {
            label = inner[(pipe + 1)..].Trim().ToString();
            inner = inner[..pipe];
        }

        string? anchor = null;
        var hash = inner.IndexOf('#');
        if (hash >= 0)
        {
            anchor = inner[(hash + 1)..].Trim().ToString();
            inner = inner[..hash];
        }

        if (inner.Trim().IsEmpty)
        {
            return false;
        }

        var position = processor.GetSourcePosition(start, out var line, out var column);
        processor.Inline = new WikiLinkInline
        {
            Target = inner.Trim().ToString(),
            Anchor = string.IsNullOrEmpty(anchor) ? null : anchor,
            Label = string.IsNullOrEmpty(label) ? null : label,
            Span = new SourceSpan(position, processor.GetSourcePosition(close + 1)),
            Line = line,
            Column = column,
        };
        slice.Start = close + 2;
        return true;
    }

    /// <summary>The index of the <c>]]</c> that closes the text starting at <paramref name="from"/>, or -1.</summary>
    private static int FindClose(string text, int from, int end)
    {
        for (var i = from; i <= end; i++)
        {
            switch (text[i])
            {
                case ']' when i < end && text[i + 1] == ']':
                    return i;
                case ']' or '[' or '\n' or '\r' or '`' or '<':
                    return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// True when the brackets from <paramref name="slice"/>'s start to <paramref name="close"/>
    /// form (or hold) a CommonMark link: the outer pair followed by an inline link's destination or
    /// by a defined reference's label, or the inner pair a defined reference used as a shortcut.
    /// Link reference definitions are all known by now: Markdig reads inlines after every block.
    /// </summary>
    private bool HasCommonMarkMeaning(InlineProcessor processor, StringSlice slice, int close)
    {
        var document = processor.Document;
        var inner = new StringSlice(slice.Text, slice.Start + 1, close);
        if (LinkHelper.TryParseLabel(ref inner, out var innerLabel) && document.ContainsLinkReferenceDefinition(innerLabel))
        {
            return true;
        }

        var after = close + 2;
        if (after > slice.End)
        {
            return false;
        }

        var rest = new StringSlice(slice.Text, after, slice.End);
        switch (slice.Text[after])
        {
            case '(':
                return !processor.GetParserState<InlineLinkScanner>(this).CertainlyFails(slice.Text, after + 1, slice.End)
                    && LinkHelper.TryParseInlineLink(ref rest, out _, out _);
            case '[':
                return LinkHelper.TryParseLabel(ref rest, out var label) && document.ContainsLinkReferenceDefinition(label);
            default:
                return false;
        }
    }
}
