namespace Generator.Model;

/// <summary>
/// Where a page's PDF of record lies: beside the page, named after it (<c>/en/guidelines/housing/housing.pdf</c>,
/// a version's <c>/en/guidelines/housing/v2/housing-v2.pdf</c>). Only a policy document's own page
/// (a type with a lifecycle, not a fallback) and its versions' pages have one, when site.yml says <c>pdf: true</c>.
/// </summary>
public static class PdfAddress
{
    public static string? For(PageEntry page, Configuration.SiteConfig config)
    {
        if (!config.Policy.Pdf || page.IsFallback || page.Kind is not (PageKind.Document or PageKind.Version)
            || config.Model.Type(page.Type)?.Lifecycle is null || page.Document is null)
        {
            return null;
        }

        var owner = page.Kind == PageKind.Version ? page.Url[..page.Url.TrimEnd('/').LastIndexOf('/')] : page.Url.TrimEnd('/');
        var name = owner[(owner.LastIndexOf('/') + 1)..];
        return page.Url + (page.Version is { } version ? $"{name}-v{version.Number}" : name) + ".pdf";
    }
}
