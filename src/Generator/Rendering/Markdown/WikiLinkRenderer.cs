using Generator.Linking;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Generator.Rendering.Markdown;

/// <summary>
/// Writes a wikilink as a link to the target in the reader's language; its default label is the
/// target's title there. A link into another language carries <c>hreflang</c>, <c>lang</c> and a badge.
/// </summary>
public sealed class WikiLinkRenderer(LinkRenderContext context) : HtmlObjectRenderer<WikiLinkInline>
{
    protected override void Write(HtmlRenderer renderer, WikiLinkInline link)
    {
        if (context.Graph.Resolve(link) is not { } resolved || context.Target(resolved) is not { } target)
        {
            renderer.WriteEscape(link.Label ?? link.Target);
            return;
        }

        var (page, href) = target;
        renderer.Write("<a href=\"").WriteEscapeUrl(href).Write('"');
        if (page.Language != context.Language)
        {
            renderer.Write(" hreflang=\"").WriteEscape(page.Language).Write('"');
            if (link.Label is null)
            {
                renderer.Write(" lang=\"").WriteEscape(page.Language).Write('"');
            }
        }

        renderer.Write('>').WriteEscape(link.Label ?? page.Title).Write("</a>");
        context.WriteBadge(renderer, page);
    }
}
