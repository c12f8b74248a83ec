using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace Generator.Rendering.Markdown;

/// <summary>
/// Markdig's link renderer, except that a link to another source file (<c>../projects/values.md</c>)
/// goes to that document's page in the reader's language.
/// </summary>
public sealed class FileLinkRenderer(LinkRenderContext context) : LinkInlineRenderer
{
    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        if (link.IsImage || context.Graph.Resolve(link) is not { } resolved || context.Target(resolved) is not { } target)
        {
            base.Write(renderer, link);
            return;
        }

        var (page, href) = target;
        renderer.Write("<a href=\"").WriteEscapeUrl(href).Write('"');
        if (page.Language != context.Language)
        {
            renderer.Write(" hreflang=\"").WriteEscape(page.Language).Write('"');
        }

        renderer.WriteAttributes(link);
        if (!string.IsNullOrEmpty(link.Title))
        {
            renderer.Write(" title=\"").WriteEscape(link.Title).Write('"');
        }

        renderer.Write('>');
        renderer.WriteChildren(link);
        renderer.Write("</a>");
        context.WriteBadge(renderer, page);
    }
}
