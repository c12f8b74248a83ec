using Generator.Content;
using Generator.Linking;
using Generator.Model;

namespace Generator.Rendering;

/// <summary>The HTML of every document as shown to each reader language.</summary>
public sealed class RenderedMarkdown(IReadOnlyDictionary<(ParsedDocument, string), RawHtml> html, LinkGraph graph)
{
    public RawHtml For(PageEntry page)
    {
        var document = page.Document!;
        var language = graph.HasLinks(document) ? page.Language : document.Language;
        return html[(document, language)];
    }
}
