using Generator.Content;
using Generator.Linking;
using Generator.Markdown;
using Generator.Model;

namespace Generator.Rendering;

/// <summary>
/// Where the links of <paramref name="document"/>'s body lead for readers of
/// <paramref name="language"/>: each link's resolution in the graph, to the target's page in the
/// reader's language (or its source page), found in the model.
/// </summary>
public sealed class BodyLinkTargets(SiteModel model, LinkGraph graph, ParsedDocument document, string language) : IBodyLinkTargets
{
    public string Language => language;

    /// <summary>The body of <paramref name="page"/>'s document, for that page's readers.</summary>
    public static BodyContent Content(PageEntry page, SiteModel model, LinkGraph graph)
    {
        var document = page.Document!;
        var language = graph.HasLinks(document) ? page.Language : document.Language;
        return new BodyContent(document.Body, new BodyLinkTargets(model, graph, document, language), document.File);
    }

    /// <summary>
    /// The page and URL link <paramref name="index"/> leads to: the target in the reader's language,
    /// or its source page. The anchor is kept when the link leads to the text it was checked against.
    /// </summary>
    public BodyLinkTarget? Target(int index)
    {
        if (graph.Resolve(document, index) is not { } link || model.LinkTarget(link.Target.Key, language) is not { } page)
        {
            return null;
        }

        var target = model.Group(link.Target.Key) ?? link.Target;
        var checkedAgainst = target.Translations.GetValueOrDefault(document.Language) ?? target.Source;
        var keepAnchor = link.Anchor is not null && ReferenceEquals(page.Document, checkedAgainst);
        var href = keepAnchor ? page.Url + "#" + link.Anchor : page.Url;
        return new BodyLinkTarget(href, page.Language, model.Config.Language(page.Language).NativeName, page.Title);
    }
}
