using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Generator.Markdown;

/// <summary>
/// Finds, without recursion, the first element of a parsed body nested more than
/// <see cref="NestingLimits.Depth"/> deep: quotes, lists, emphasis and links in one another.
/// The guards stop most such bodies while they are read; emphasis is only paired at the end of
/// its paragraph (50,000 stars around a word nest 25,000 deep), and Markdig's renderer, which
/// recurses, stops past 128. A body that passes renders within that limit.
/// </summary>
internal static class NestingInspector
{
    public static readonly string Hint =
        $"quotes, lists, emphasis and links nest more than {NestingLimits.Depth} levels deep here; flatten them, or put the text in a code block";

    public static MarkdownObject? FirstTooDeep(MarkdownDocument document)
    {
        // Each element with the number of elements it sits in (the document and a paragraph's own inline root not counted).
        var pending = new Stack<(MarkdownObject Node, int Depth)>();
        PushChildren(document, 0, pending);
        while (pending.TryPop(out var item))
        {
            var (node, depth) = item;
            switch (node)
            {
                case ContainerBlock container:
                    if (depth + 1 > NestingLimits.Depth)
                    {
                        return container;
                    }

                    PushChildren(container, depth + 1, pending);
                    break;
                case LeafBlock { Inline: { } root }:
                    PushChildren(root, depth, pending);
                    break;
                case ContainerInline inline:
                    if (depth + 1 > NestingLimits.Depth)
                    {
                        return inline;
                    }

                    PushChildren(inline, depth + 1, pending);
                    break;
            }
        }

        return null;
    }

    // Children are pushed last first, so they are visited in the order of the text.
    private static void PushChildren(ContainerBlock container, int depth, Stack<(MarkdownObject, int)> pending)
    {
        for (var i = container.Count - 1; i >= 0; i--)
        {
            pending.Push((container[i], depth));
        }
    }

    private static void PushChildren(ContainerInline container, int depth, Stack<(MarkdownObject, int)> pending)
    {
        for (var child = container.LastChild; child is not null; child = child.PreviousSibling)
        {
            pending.Push((child, depth));
        }
    }
}
