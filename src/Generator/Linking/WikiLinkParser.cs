using Markdig.Helpers;
using Markdig.Parsers;

namespace Generator.Linking;

/// <summary>
/// Parses wikilinks. It runs before Markdig's link parser; code spans and fenced code are parsed
/// first by Markdig, so brackets inside code are never links.
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
        var close = text.IndexOf("]]", start + 2, slice.End - start - 1, StringComparison.Ordinal);
        if (close < 0)
        {
            return false;
        }

        var inner = text.AsSpan(start + 2, close - start - 2);
        if (inner.IsEmpty || inner.ContainsAny('\n', '[') || inner.Trim().IsEmpty)
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
            Span = new Markdig.Syntax.SourceSpan(position, processor.GetSourcePosition(close + 1)),
            Line = line,
            Column = column,
        };
        slice.Start = close + 2;
        return true;
    }
}
