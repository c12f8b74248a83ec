using Markdig.Parsers;
using Markdig.Syntax;

namespace Generator.Markdown;

/// <summary>
/// Stops the parse when quotes and lists nest more than <see cref="NestingLimits.Depth"/> deep.
/// It is asked first wherever a block may open and never opens one. Markdig itself would only
/// stop after reading every line, and a list nested thousands of levels deep takes it minutes.
/// </summary>
internal sealed class BlockNestingGuard : BlockParser
{
    public static readonly string Hint =
        $"quotes and lists nest more than {NestingLimits.Depth} levels deep here (a list level counts twice: the list and its item); flatten them, or put the text in a code block";

    public BlockNestingGuard()
    {
        // Every block that holds others starts with an ASCII mark: '>', '-', '*', '+', a digit, a letter (lettered lists), '[' (footnotes), ':', '^'...
        OpeningCharacters = [.. Enumerable.Range('!', '~' - '!' + 1).Select(c => (char)c)];
    }

    public override BlockState TryOpen(BlockProcessor processor)
    {
        var depth = 0;
        for (Block? block = processor.CurrentContainer; block is not null and not MarkdownDocument; block = block.Parent)
        {
            depth++;
        }

        if (depth <= NestingLimits.Depth)
        {
            return BlockState.None;
        }

        // The first container past the limit: where the author's nesting went too far.
        Block beyond = processor.CurrentContainer!;
        for (var up = depth - (NestingLimits.Depth + 1); up > 0; up--)
        {
            beyond = beyond.Parent!;
        }

        throw new MarkdownTooDeepException(beyond.Line, beyond.Column, Hint);
    }
}
