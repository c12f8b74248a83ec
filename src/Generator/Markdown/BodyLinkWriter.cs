using Markdig.Renderers;

namespace Generator.Markdown;

/// <summary>
/// Writes a compiled body for one reader language: its HTML as it is, and each link slot as a
/// link to the target in the reader's language (or, when it leads nowhere, as the text it had).
/// A wikilink's default label is the target's title there; a link into another language carries
/// <c>hreflang</c> (a wikilink without label also <c>lang</c>) and a badge.
/// </summary>
public sealed class BodyLinkWriter(CompiledBody body, IBodyLinkTargets targets, HtmlRenderer renderer, Shortcodes.IShortcodeRenderer? shortcodes = null, string file = "")
{
    // The writers set aside while the inner text of a shortcode is captured, innermost last.
    private readonly Stack<TextWriter> _outer = new();

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
                case ShortcodeSlot slot:
                    Write(slot);
                    break;
            }
        }
    }

    /// <summary>A call is written as its template renders it; the text between an opening and its closing is captured and handed to the template.</summary>
    private void Write(ShortcodeSlot slot)
    {
        var calls = body.Calls;
        if (slot.Call < 0 || slot.Call >= calls.Length)
        {
            return;
        }

        switch (slot.Kind)
        {
            case Shortcodes.ShortcodeMarkerKind.Call:
                renderer.Write(shortcodes?.Render(file, calls[slot.Call], null) ?? string.Empty);
                break;
            case Shortcodes.ShortcodeMarkerKind.Open:
                _outer.Push(renderer.Writer);
                renderer.Writer = new StringWriter();
                break;
            case Shortcodes.ShortcodeMarkerKind.Close when _outer.Count > 0:
                var inner = renderer.Writer.ToString() ?? string.Empty;
                renderer.Writer = _outer.Pop();
                renderer.Write(shortcodes is null ? inner : shortcodes.Render(file, calls[slot.Call], inner.Trim('\n')));
                break;
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
