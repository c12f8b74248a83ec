using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;

namespace Generator.Markdown;

/// <summary>
/// Markdig's link parser, spared the scan of an inline link's destination that certainly cannot
/// end the link (see <see cref="InlineLinkScanner"/>): Markdig is shown the text only up to the
/// <c>(</c>, so it fails that inline link at once and goes on as it would have after scanning
/// (a reference link, or text).
/// </summary>
internal sealed class LinkParser(LinkOptions options) : LinkInlineParser(options)
{
    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.CurrentChar != ']' || slice.PeekChar() != '('
            || !processor.GetParserState<InlineLinkScanner>(this).CertainlyFails(slice.Text, slice.Start + 2, slice.End))
        {
            return base.Match(processor, ref slice);
        }

        var end = slice.End;
        slice.End = slice.Start + 1;
        try
        {
            return base.Match(processor, ref slice);
        }
        finally
        {
            slice.End = end;
        }
    }
}
