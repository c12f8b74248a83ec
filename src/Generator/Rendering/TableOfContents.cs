using System.Collections.Concurrent;
using System.Text;
using Generator.Content;
using Generator.Rendering.Views;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Generator.Rendering;

/// <summary>The level 2 and 3 headings of each document, computed once per document.</summary>
public sealed class TableOfContents
{
    private readonly ConcurrentDictionary<ParsedDocument, IReadOnlyList<TocEntry>> _cache = new();

    public IReadOnlyList<TocEntry> Of(ParsedDocument document) =>
        _cache.GetOrAdd(document, d => [.. d.Body.Descendants<HeadingBlock>()
            .Where(h => h.Level is 2 or 3 && h.TryGetAttributes()?.Id is not null)
            .Select(h => new TocEntry(h.TryGetAttributes()!.Id!, Text(h.Inline), h.Level))]);

    private static string Text(ContainerInline? inline)
    {
        var builder = new StringBuilder();
        Append(inline, builder);
        return builder.ToString().Trim();
    }

    private static void Append(Inline? inline, StringBuilder builder)
    {
        switch (inline)
        {
            case LiteralInline literal:
                builder.Append(literal.Content.ToString());
                break;
            case CodeInline code:
                builder.Append(code.Content);
                break;
            case Linking.WikiLinkInline wiki:
                builder.Append(wiki.Label ?? wiki.Target);
                break;
            case LineBreakInline:
                builder.Append(' ');
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(child, builder);
                }

                break;
        }
    }
}
