using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Generator.Rendering.Changes;

/// <summary>
/// Reads rendered HTML (parsed with AngleSharp, so any markup is accepted) as a flat sequence of
/// text blocks: headings, paragraphs, list items (nested lists one level deeper), table rows,
/// code blocks and quotations. Other block elements holding only text become paragraphs of their
/// text; those holding blocks are read through. Inline markup is reduced to its text.
/// </summary>
internal static class BlockReader
{
    /// <summary>Past this depth an element is read as its text, whatever it holds.</summary>
    private const int MaxDepth = 64;

    private static readonly FrozenSet<string> BlockNames = FrozenSet.ToFrozenSet(
    [
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
        "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
        "thead", "tr", "ul",
    ]);

    /// <summary>Elements whose content is not text a reader sees.</summary>
    private static readonly FrozenSet<string> Hidden = FrozenSet.ToFrozenSet(
        ["script", "style", "template", "head", "title", "meta", "link", "base", "noscript", "iframe", "object", "svg", "math"]);

    public static ImmutableArray<Block> Read(string html, CancellationToken cancellationToken)
    {
        var document = new HtmlParser().ParseDocument(html);
        var blocks = ImmutableArray.CreateBuilder<Block>();
        if (document.Body is { } body)
        {
            ReadContainer(body, blocks, 0, cancellationToken);
        }

        return blocks.ToImmutable();
    }

    private static void ReadContainer(IElement container, ImmutableArray<Block>.Builder blocks, int depth, CancellationToken cancellationToken)
    {
        var inline = new StringBuilder();
        foreach (var node in container.ChildNodes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (node is IElement element && IsBlock(element))
            {
                AddParagraph(inline, blocks);
                ReadBlock(element, blocks, depth + 1, cancellationToken);
            }
            else
            {
                AppendText(node, inline, skipLists: false, depth + 1);
            }
        }

        AddParagraph(inline, blocks);
    }

    private static void ReadBlock(IElement element, ImmutableArray<Block>.Builder blocks, int depth, CancellationToken cancellationToken)
    {
        switch (element.LocalName)
        {
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                blocks.Add(new Block(BlockKind.Heading, TextOf(element, skipLists: false, depth)) { Level = element.LocalName[1] - '0', Id = element.Id });
                break;
            case "p":
                blocks.Add(new Block(BlockKind.Paragraph, TextOf(element, skipLists: false, depth)));
                break;
            case "ul" or "ol":
                ReadList(element, 0, blocks, depth, cancellationToken);
                break;
            case "table" when element is IHtmlTableElement table:
                ReadTable(table, blocks, depth);
                break;
            case "pre":
                blocks.Add(new Block(BlockKind.Code, CodeText(element.TextContent)));
                break;
            case "blockquote":
                blocks.Add(new Block(BlockKind.Quote, TextOf(element, skipLists: false, depth)));
                break;
            case "hr":
            case var name when Hidden.Contains(name):
                break;
            default:
                if (depth < MaxDepth && element.Children.Any(IsBlock))
                {
                    ReadContainer(element, blocks, depth, cancellationToken);
                }
                else
                {
                    var text = TextOf(element, skipLists: false, depth);
                    if (text.Length > 0)
                    {
                        blocks.Add(new Block(BlockKind.Paragraph, text));
                    }
                }

                break;
        }
    }

    private static void ReadList(IElement list, int level, ImmutableArray<Block>.Builder blocks, int depth, CancellationToken cancellationToken)
    {
        var ordered = list.LocalName == "ol";
        foreach (var child in list.Children)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (child.LocalName is "ul" or "ol" && depth < MaxDepth)
            {
                ReadList(child, level + 1, blocks, depth + 1, cancellationToken);
                continue;
            }

            var text = TextOf(child, skipLists: true, depth + 1);
            if (child.LocalName == "li" || text.Length > 0)
            {
                blocks.Add(new Block(BlockKind.ListItem, text) { Level = level, Ordered = ordered });
            }

            foreach (var nested in NestedLists(child, depth + 1))
            {
                ReadList(nested, level + 1, blocks, depth + 1, cancellationToken);
            }
        }
    }

    /// <summary>The lists within an item, outermost first (those inside them are theirs).</summary>
    private static IEnumerable<IElement> NestedLists(IElement item, int depth)
    {
        foreach (var child in item.Children)
        {
            if (child.LocalName is "ul" or "ol")
            {
                yield return child;
            }
            else if (depth < MaxDepth && !Hidden.Contains(child.LocalName))
            {
                foreach (var list in NestedLists(child, depth + 1))
                {
                    yield return list;
                }
            }
        }
    }

    private static void ReadTable(IHtmlTableElement table, ImmutableArray<Block>.Builder blocks, int depth)
    {
        if (table.Caption is { } caption && TextOf(caption, skipLists: false, depth) is { Length: > 0 } title)
        {
            blocks.Add(new Block(BlockKind.Paragraph, title));
        }

        foreach (var row in table.Rows)
        {
            var cells = row.Cells.Select(c => new TableCell(TextOf(c, skipLists: false, depth + 1), c.LocalName == "th")).ToImmutableArray();
            blocks.Add(new Block(BlockKind.TableRow, string.Join(' ', cells.Select(c => c.Text).Where(t => t.Length > 0))) { Cells = cells });
        }
    }

    private static bool IsBlock(IElement element) =>
        BlockNames.Contains(element.LocalName) || Hidden.Contains(element.LocalName)
        || element.Children.Any(c => BlockNames.Contains(c.LocalName));

    private static void AddParagraph(StringBuilder inline, ImmutableArray<Block>.Builder blocks)
    {
        var text = Words.Normalize(inline.ToString());
        inline.Clear();
        if (text.Length > 0)
        {
            blocks.Add(new Block(BlockKind.Paragraph, text));
        }
    }

    private static string TextOf(IElement element, bool skipLists, int depth)
    {
        var text = new StringBuilder();
        foreach (var child in element.ChildNodes)
        {
            AppendText(child, text, skipLists, depth + 1);
        }

        return Words.Normalize(text.ToString());
    }

    /// <summary>The text a node shows: a line break or the edge of a block is a space; hidden elements show nothing.</summary>
    private static void AppendText(INode node, StringBuilder text, bool skipLists, int depth)
    {
        if (node is IText textNode)
        {
            text.Append(textNode.Data);
            return;
        }

        if (node is not IElement element || Hidden.Contains(element.LocalName) || skipLists && element.LocalName is "ul" or "ol")
        {
            return;
        }

        if (element.LocalName is "br" or "hr" or "img" || depth >= MaxDepth)
        {
            text.Append(' ').Append(depth >= MaxDepth ? element.TextContent : string.Empty).Append(' ');
            return;
        }

        var block = BlockNames.Contains(element.LocalName);
        if (block)
        {
            text.Append(' ');
        }

        foreach (var child in element.ChildNodes)
        {
            AppendText(child, text, skipLists, depth + 1);
        }

        if (block)
        {
            text.Append(' ');
        }
    }

    /// <summary>A code block's lines, their ends trimmed, without blank lines at either end.</summary>
    private static string CodeText(string text) =>
        string.Join('\n', text.ReplaceLineEndings("\n").Split('\n').Select(line => line.TrimEnd())).Trim('\n');
}
