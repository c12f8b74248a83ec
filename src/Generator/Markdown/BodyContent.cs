using Markdig.Renderers;

namespace Generator.Markdown;

/// <summary>
/// A document's body as one page shows it: its compiled HTML with each link slot filled by
/// <paramref name="links"/>, for their readers' language. It is written straight into the page
/// when the template outputs it; <see cref="Value"/> makes it a string for any other use.
/// </summary>
public sealed class BodyContent(CompiledBody body, IBodyLinkTargets? links)
{
    /// <summary>The content of a page without a document: nothing.</summary>
    public static readonly BodyContent Empty = new(CompiledBody.Empty, null);

    private string? _value;

    /// <summary>The compiled HTML (empty for <see cref="Empty"/>).</summary>
    public BodyHtml Html => links is null ? BodyHtml.Empty : body.Html;

    public bool IsEmpty => Html.Parts.IsEmpty;

    /// <summary>The HTML as a string, made once when first asked for.</summary>
    public string Value => _value ??= Render();

    /// <summary>Writes the HTML through <paramref name="renderer"/>.</summary>
    public void WriteTo(HtmlRenderer renderer)
    {
        if (links is not null)
        {
            new BodyLinkWriter(body, links, renderer).Write(body.Html);
        }
    }

    public override string ToString() => Value;

    private string Render()
    {
        switch (Html.Parts)
        {
            case []:
                return string.Empty;
            case [HtmlPart only]:
                return only.Html;
        }

        using var writer = new StringWriter();
        WriteTo(new HtmlRenderer(writer));
        return writer.ToString();
    }
}
