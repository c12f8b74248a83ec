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

    /// <summary>Writes the HTML through <paramref name="renderer"/>, its shortcodes through <paramref name="shortcodes"/>.</summary>
    public void WriteTo(HtmlRenderer renderer, Shortcodes.IShortcodeRenderer? shortcodes = null)
    {
        if (links is null)
        {
            return;
        }

        // A shortcode's inner text is captured by swapping the writer; a failing template must not leave it swapped.
        var writer = renderer.Writer;
        try
        {
            new BodyLinkWriter(links, renderer, shortcodes).Write(links.Document.Body.Html);
        }
        finally
        {
            renderer.Writer = writer;
        }
    }

    /// <summary>The HTML as a string, its shortcodes rendered through <paramref name="shortcodes"/>.</summary>
    public string ValueWith(Shortcodes.IShortcodeRenderer shortcodes) => links?.Document.Body.Calls.IsEmpty != false ? Value : Render(shortcodes);

    public override string ToString() => Value;

    private string Render(Shortcodes.IShortcodeRenderer? shortcodes = null)
    {
        switch (Html.Parts)
        {
            case []:
                return string.Empty;
            case [Markdown.HtmlPart only]:
                return only.Html;
        }

        using var writer = new StringWriter();
        WriteTo(new HtmlRenderer(writer), shortcodes);
        return writer.ToString();
    }
}
