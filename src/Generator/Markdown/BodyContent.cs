using Markdig.Renderers;

namespace Generator.Markdown;

/// <summary>
/// A document's body as one page shows it: its compiled HTML with each link slot filled by
/// <paramref name="links"/>, for their readers' language. It is written straight into the page
/// when the template outputs it; <see cref="Value"/> makes it a string for any other use.
/// </summary>
/// <param name="file">The body's file, as diagnostics name it: where a shortcode's template reports an error.</param>
public sealed class BodyContent(CompiledBody body, IBodyLinkTargets? links, string file = "")
{
    /// <summary>The content of a page without a document: nothing.</summary>
    public static readonly BodyContent Empty = new(CompiledBody.Empty, null);

    private string? _value;

    /// <summary>The compiled HTML (empty for <see cref="Empty"/>).</summary>
    public BodyHtml Html => links is null ? BodyHtml.Empty : body.Html;

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
            new BodyLinkWriter(body, links, renderer, shortcodes, file).Write(body.Html);
        }
        finally
        {
            renderer.Writer = writer;
        }
    }

    /// <summary>The HTML as a string, its shortcodes rendered through <paramref name="shortcodes"/>.</summary>
    public string ValueWith(Shortcodes.IShortcodeRenderer shortcodes) => links is null || body.Calls.IsEmpty ? Value : Render(shortcodes);

    public override string ToString() => Value;

    private string Render(Shortcodes.IShortcodeRenderer? shortcodes = null)
    {
        switch (Html.Parts)
        {
            case []:
                return string.Empty;
            case [HtmlPart only]:
                return only.Html;
        }

        using var writer = new StringWriter();
        WriteTo(new HtmlRenderer(writer), shortcodes);
        return writer.ToString();
    }
}
