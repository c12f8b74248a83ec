using Generator.Content;
using Generator.Linking;
using Generator.Model;
using Markdig.Renderers;

namespace Generator.Markdown;

/// <summary>
/// A document's body as one page shows it: its compiled HTML with each link slot filled for the
/// reader's language (for a document without links, the language it is written in). It is
/// written straight into the page when the template outputs it; <see cref="Value"/> makes it a
/// string for any other use.
/// </summary>
public sealed class BodyContent(LinkRenderContext? links)
{
    /// <summary>The content of a page without a document: nothing.</summary>
    public static readonly BodyContent Empty = new(null);

    private string? _value;

    /// <summary>The body of <paramref name="page"/>'s document, for that page's readers.</summary>
    public static BodyContent For(PageEntry page, SiteModel model, LinkGraph graph)
    {
        var document = page.Document!;
        var language = graph.HasLinks(document) ? page.Language : document.Language;
        return new BodyContent(new LinkRenderContext(model, graph, document, language));
    }

    /// <summary>The compiled HTML (empty for <see cref="Empty"/>).</summary>
    public BodyHtml Html => links?.Document.Body.Html ?? BodyHtml.Empty;

    public bool IsEmpty => Html.Parts.IsEmpty;

    /// <summary>The HTML as a string, made once when first asked for.</summary>
    public string Value => _value ??= Render();

    /// <summary>Writes the HTML through <paramref name="renderer"/>.</summary>
    public void WriteTo(HtmlRenderer renderer)
    {
        if (links is not null)
        {
            new BodyLinkWriter(links, renderer).Write(links.Document.Body.Html);
        }
    }

    public override string ToString() => Value;

    private string Render()
    {
        switch (Html.Parts)
        {
            case []:
                return string.Empty;
            case [Markdown.HtmlPart only]:
                return only.Html;
        }

        using var writer = new StringWriter();
        WriteTo(new HtmlRenderer(writer));
        return writer.ToString();
    }
}
