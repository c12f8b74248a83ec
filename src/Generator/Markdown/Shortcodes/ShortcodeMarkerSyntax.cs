using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Generator.Markdown.Shortcodes;

/// <summary>A shortcode tag alone on its lines: a block of its own, between the blocks around it.</summary>
public sealed class ShortcodeMarkerBlock(BlockParser parser) : LeafBlock(parser)
{
    public ShortcodeMarkerKind Kind { get; init; }

    public int Call { get; init; }
}

/// <summary>A shortcode tag within a line of text.</summary>
public sealed class ShortcodeMarkerInline : LeafInline
{
    public ShortcodeMarkerKind Kind { get; init; }

    public int Call { get; init; }
}

/// <summary>Reads a marker that <see cref="ShortcodeExpander"/> wrote: kind, call number, end mark, padding.</summary>
internal static class ShortcodeMarkerReader
{
    public static (ShortcodeMarkerKind Kind, int Call, int Length)? Read(StringSlice text)
    {
        var kind = text.CurrentChar switch
        {
            ShortcodeMarkers.Call => ShortcodeMarkerKind.Call,
            ShortcodeMarkers.Open => ShortcodeMarkerKind.Open,
            ShortcodeMarkers.Close => ShortcodeMarkerKind.Close,
            _ => (ShortcodeMarkerKind?)null,
        };
        if (kind is null)
        {
            return null;
        }

        var i = text.Start + 1;
        var number = 0;
        var digits = 0;
        while (i <= text.End && char.IsAsciiDigit(text.Text[i]) && digits < 9)
        {
            number = (number * 10) + (text.Text[i] - '0');
            i++;
            digits++;
        }

        if (digits == 0 || i > text.End || text.Text[i] != ShortcodeMarkers.End)
        {
            return null;
        }

        i++;
        while (i <= text.End && text.Text[i] == ShortcodeMarkers.Padding)
        {
            i++;
        }

        return (kind.Value, number, i - text.Start);
    }
}

/// <summary>Opens a <see cref="ShortcodeMarkerBlock"/> on a line that holds a marker and nothing else.</summary>
public sealed class ShortcodeBlockParser : BlockParser
{
    public ShortcodeBlockParser() => OpeningCharacters = [ShortcodeMarkers.Call, ShortcodeMarkers.Open, ShortcodeMarkers.Close];

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent || ShortcodeMarkerReader.Read(processor.Line) is not { } marker)
        {
            return BlockState.None;
        }

        var rest = processor.Line;
        rest.Start += marker.Length;
        if (!rest.IsEmptyOrWhitespace())
        {
            return BlockState.None;
        }

        processor.NewBlocks.Push(new ShortcodeMarkerBlock(this)
        {
            Kind = marker.Kind,
            Call = marker.Call,
            Line = processor.LineIndex,
            Column = processor.Column,
            Span = new SourceSpan(processor.Start, processor.Line.End),
        });
        return BlockState.BreakDiscard;
    }
}

/// <summary>Reads a marker within a line as a <see cref="ShortcodeMarkerInline"/>, and any padding left on its own as nothing.</summary>
public sealed class ShortcodeInlineParser : InlineParser
{
    public ShortcodeInlineParser() => OpeningCharacters = [ShortcodeMarkers.Call, ShortcodeMarkers.Open, ShortcodeMarkers.Close, ShortcodeMarkers.Padding];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var start = slice.Start;
        if (slice.CurrentChar == ShortcodeMarkers.Padding)
        {
            while (slice.CurrentChar == ShortcodeMarkers.Padding)
            {
                slice.SkipChar();
            }

            processor.Inline = new LiteralInline(string.Empty) { Span = new SourceSpan(processor.GetSourcePosition(start, out var l, out var c), slice.Start - 1), Line = l, Column = c };
            return true;
        }

        if (ShortcodeMarkerReader.Read(slice) is not { } marker)
        {
            return false;
        }

        var position = processor.GetSourcePosition(start, out var line, out var column);
        slice.Start += marker.Length;
        processor.Inline = new ShortcodeMarkerInline
        {
            Kind = marker.Kind,
            Call = marker.Call,
            Span = new SourceSpan(position, position + marker.Length - 1),
            Line = line,
            Column = column,
        };
        return true;
    }
}
