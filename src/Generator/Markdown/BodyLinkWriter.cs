using Markdig.Renderers;

namespace Generator.Markdown;

/// <summary>
/// Writes a compiled body for one reader language: its HTML as it is, and each link slot as a
/// link to the target in the reader's language (or, when it leads nowhere, as the text it had).
/// A wikilink's default label is the target's title there; a link into another language carries
/// <c>hreflang</c> (a wikilink without label also <c>lang</c>) and a badge.
/// </summary>
public sealed class BodyLinkWriter(CompiledBody body, IBodyLinkTargets targets, HtmlRenderer renderer)
{
    public void Write(BodyHtml html)
    {
        foreach (var part in html.Parts)
        {
            switch (part)
            {
                case HtmlPart text:
                    renderer.Write(text.Html);
                    break;
                case LinkSlot slot:
                    Write(body.Links[slot.Link], slot.Link);
                    break;
            }
        }
    }

    private void Write(BodyLink link, int index)
    {
        var target = targets.Target(index);
        switch (link.Kind, target)
        {
            case (BodyLinkKind.Wiki, null):
                renderer.WriteEscape(link.Label ?? link.Target);
                break;
            case (BodyLinkKind.Wiki, { } page):
                renderer.Write("<a href=\"").WriteEscapeUrl(page.Href).Write('"');
                if (page.Language != targets.Language)
                {
                    renderer.Write(" hreflang=\"").WriteEscape(page.Language).Write('"');
                    if (link.Label is null)
                    {
                        renderer.Write(" lang=\"").WriteEscape(page.Language).Write('"');
                    }
                }

                renderer.Write('>').WriteEscape(link.Label ?? page.Title).Write("</a>");
                WriteBadge(page);
                break;
            case (_, null):
                Write(link.Fallback);
                break;
            case (_, { } page):
                renderer.Write("<a href=\"").WriteEscapeUrl(page.Href).Write('"');
                if (page.Language != targets.Language)
                {
                    renderer.Write(" hreflang=\"").WriteEscape(page.Language).Write('"');
                }

                renderer.Write(link.Attributes);
                if (!string.IsNullOrEmpty(link.Title))
                {
                    renderer.Write(" title=\"").WriteEscape(link.Title).Write('"');
                }

                renderer.Write('>');
                Write(link.Content);
                renderer.Write("</a>");
                WriteBadge(page);
                break;
        }
    }

    /// <summary>Writes the badge that marks a link into another language.</summary>
    private void WriteBadge(BodyLinkTarget page)
    {
        if (page.Language == targets.Language)
        {
            return;
        }

        renderer.Write(" <span class=\"lang-badge\" lang=\"").WriteEscape(page.Language).Write("\" title=\"").WriteEscape(page.LanguageName).Write("\">")
            .WriteEscape(page.Language.ToUpperInvariant()).Write("</span>");
    }
}
