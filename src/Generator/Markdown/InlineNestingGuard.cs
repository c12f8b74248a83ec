using System.Globalization;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax.Inlines;

namespace Generator.Markdown;

/// <summary>
/// Stops the parse when more than <see cref="NestingLimits.OpenMarkers"/> emphasis or link
/// markers are open at once in a paragraph (Markdig nests what follows each one until the
/// paragraph ends, and stops with an exception a little further). It is asked first at every
/// ASCII punctuation mark and never parses anything. A mark opens at most one level, so after
/// counting <c>d</c> open levels it need not count again for the next <c>limit - d</c> marks:
/// the counting costs about as much as the marks themselves.
/// </summary>
internal sealed class InlineNestingGuard : InlineParser
{
    public static readonly string Hint = string.Create(CultureInfo.InvariantCulture,
        $"more than {NestingLimits.OpenMarkers:N0} emphasis or link markers are open here in one paragraph; close them, or escape them with a backslash");

    public InlineNestingGuard()
    {
        OpeningCharacters = [.. Enumerable.Range('!', '~' - '!' + 1).Select(c => (char)c).Where(c => !char.IsAsciiLetterOrDigit(c))];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        // Markdig clears the parser states for each paragraph, heading or table cell.
        var state = processor.GetParserState<MarksUntilCount>(this);
        if (--state.Remaining > 0)
        {
            return false;
        }

        var open = 0;
        for (var container = processor.Root!; container.LastChild is ContainerInline { IsClosed: false } inner; container = inner)
        {
            open++;
        }

        if (open > NestingLimits.OpenMarkers)
        {
            processor.GetSourcePosition(slice.Start, out var line, out var column);
            throw new MarkdownTooDeepException(line, column, Hint);
        }

        state.Remaining = NestingLimits.OpenMarkers - open + 1;
        return false;
    }

    private sealed class MarksUntilCount
    {
        public int Remaining { get; set; }
    }
}
