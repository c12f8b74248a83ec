using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Generator.Markdown;

/// <summary>
/// Writes headings with their id and their text as a link to themselves, so every section can
/// be linked to: <c>&lt;h2 id="context"&gt;&lt;a class="heading-anchor" href="#context"&gt;Context&lt;/a&gt;&lt;/h2&gt;</c>.
/// </summary>
public sealed class AnchoredHeadingRenderer : HtmlObjectRenderer<HeadingBlock>
{
    protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
    {
        var level = Math.Clamp(heading.Level, 1, 6);
        var id = heading.TryGetAttributes()?.Id;
        renderer.EnsureLine();
        renderer.Write("<h").Write(level.ToString(System.Globalization.CultureInfo.InvariantCulture)).WriteAttributes(heading).Write('>');
        if (id is null)
        {
            renderer.WriteLeafInline(heading);
        }
        else
        {
            renderer.Write("<a class=\"heading-anchor\" href=\"#").WriteEscapeUrl(id).Write("\">");
            renderer.WriteLeafInline(heading);
            renderer.Write("</a>");
        }

        renderer.Write("</h").Write(level.ToString(System.Globalization.CultureInfo.InvariantCulture)).WriteLine(">");
    }
}
