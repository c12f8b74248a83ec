using Generator.Content;
using Generator.Linking;
using Generator.Model;

namespace Generator.Markdown;

/// <summary>
/// What link renderers need while one document is rendered for readers of <see cref="Language"/>:
/// the model to find the target page, and the graph with each link's resolution.
/// </summary>
public sealed record LinkRenderContext(SiteModel Model, LinkGraph Graph, ParsedDocument Document, string Language)
{
    /// <summary>
    /// The page and URL a resolved link leads to: the target in the reader's language, or its
    /// source page. The anchor is kept when the link leads to the text it was checked against.
    /// </summary>
    public (PageEntry Page, string Href)? Target(ResolvedLink link)
    {
        if (Model.LinkTarget(link.Target.Key, Language) is not { } page)
        {
            return null;
        }

        var target = Model.Group(link.Target.Key) ?? link.Target;
        var checkedAgainst = target.Translations.GetValueOrDefault(Document.Language) ?? target.Source;
        var keepAnchor = link.Anchor is not null && ReferenceEquals(page.Document, checkedAgainst);
        return (page, keepAnchor ? page.Url + "#" + link.Anchor : page.Url);
    }

    /// <summary>Writes the badge that marks a link into another language.</summary>
    public void WriteBadge(Markdig.Renderers.HtmlRenderer renderer, PageEntry page)
    {
        if (page.Language == Language)
        {
            return;
        }

        var name = Model.Config.Language(page.Language).NativeName;
        renderer.Write(" <span class=\"lang-badge\" lang=\"").WriteEscape(page.Language).Write("\" title=\"").WriteEscape(name).Write("\">")
            .WriteEscape(page.Language.ToUpperInvariant()).Write("</span>");
    }
}
