using Generator.Content;
using Generator.Diagnostics;
using Generator.Model;

namespace Generator.Rendering;

/// <summary>
/// Picks a page's layout in <c>theme/layouts/</c>: the front matter's <c>layout</c>, else by
/// kind and type: home (<c>home.html</c>, else <c>list.html</c>), section
/// (<c>{type}-list.html</c>, else <c>list.html</c>), document (the layout its type declares in
/// site.yml, else <c>{type}.html</c>, <c>event.html</c> for a calendar type, else <c>single.html</c>), a taxonomy's index
/// (<c>{taxonomy}.html</c>, <c>taxonomy.html</c>, <c>tags.html</c>, else <c>list.html</c>) and a
/// term (<c>{taxonomy}-term.html</c>, <c>term.html</c>, <c>tag.html</c>, else <c>list.html</c>) and
/// the knowledge map (<c>map.html</c>, else <c>list.html</c>, which lists its pages).
/// </summary>
public sealed class LayoutResolver(TemplateSet templates, string layoutsDisplayDirectory, Configuration.Schema.ContentModel model)
{
    public const string Base = "base.html";

    /// <summary>The layout's name, or null after reporting why there is none.</summary>
    public string? Resolve(PageEntry page, DiagnosticBag diagnostics)
    {
        if (page.FrontMatter?.Layout is { } layout && page.Kind != PageKind.Changes)
        {
            var name = layout.EndsWith(".html", StringComparison.Ordinal) ? layout : layout + ".html";
            if (templates.Has(name))
            {
                return templates.Get(name) is null ? null : name;
            }

            var where = page.FrontMatter.PositionOf(FrontMatterKeys.Layout, page.Document!.File);
            var suggestion = DidYouMean.Suggest(name, templates.All.Keys.Where(k => !k.StartsWith("partials/", StringComparison.Ordinal)));
            diagnostics.Error(DiagnosticCodes.UnknownLayout, where, $"unknown layout '{layout}'",
                suggestion is null ? $"add {layoutsDisplayDirectory}/{name} or remove 'layout'" : $"did you mean '{suggestion[..^5]}'?");
            return null;
        }

        var candidates = page.Kind switch
        {
            PageKind.Home => new[] { "home.html", "list.html" },
            PageKind.Section => [page.Type + "-list.html", "list.html"],
            PageKind.Taxonomy => [page.Taxonomy + ".html", "taxonomy.html", "tags.html", "list.html"],
            PageKind.Term => [page.Taxonomy + "-term.html", "term.html", "tag.html", "list.html"],
            PageKind.NotFound => ["404.html", "single.html"],
            PageKind.Map => ["map.html", "list.html"],
            PageKind.Changes => ["changes.html"],
            PageKind.Consultations => ["consultations.html", "list.html"],
            PageKind.Thanks => ["thanks.html", "single.html"],
            _ => DocumentLayouts(page.Type),
        };
        foreach (var candidate in candidates)
        {
            if (templates.Has(candidate))
            {
                return templates.Get(candidate) is null ? null : candidate;
            }
        }

        diagnostics.Error(DiagnosticCodes.MissingLayout, new SourceRef(layoutsDisplayDirectory),
            $"no layout for {page.Kind.ToString().ToLowerInvariant()} pages", $"add {layoutsDisplayDirectory}/{candidates[^1]}");
        return null;
    }

    /// <summary>A document's layouts: its type's declared layout, <c>{type}.html</c>, <c>event.html</c> for a calendar type, <c>single.html</c>.</summary>
    private string[] DocumentLayouts(string type)
    {
        var definition = model.Type(type);
        string?[] candidates =
        [
            definition?.Layout is { } declared ? (declared.EndsWith(".html", StringComparison.Ordinal) ? declared : declared + ".html") : null,
            type + ".html",
            definition?.Calendar == true ? "event.html" : null,
            "single.html",
        ];
        return [.. candidates.OfType<string>().Distinct()];
    }
}
