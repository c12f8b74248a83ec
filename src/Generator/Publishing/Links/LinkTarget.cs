namespace Generator.Publishing.Links;

/// <summary>
/// Where a local link leads: <see cref="Path"/> under the output folder (no leading slash; it
/// starts with "../" when the link leaves the site's base path), its <see cref="Fragment"/>, and
/// the <see cref="SitePath"/> a reader's browser asks for. All unescaped.
/// </summary>
public sealed record LinkTarget(string Path, string Fragment, string SitePath)
{
    /// <summary>Resolves a link as a browser on <paramref name="pageUrl"/> would; null when it leaves the site (another scheme or host) or is no URL.</summary>
    public static LinkTarget? Resolve(Uri site, string basePath, string pageUrl, string href)
    {
        if (href.Length == 0 || !Uri.TryCreate(new Uri(site, pageUrl), href, out var target)
            || target.Scheme is not ("http" or "https") || !string.Equals(target.Authority, site.Authority, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var path = Uri.UnescapeDataString(target.AbsolutePath);
        var fragment = target.Fragment.Length > 1 ? Uri.UnescapeDataString(target.Fragment[1..]) : string.Empty;
        var relative = path.StartsWith(basePath, StringComparison.Ordinal) ? path[basePath.Length..] : "../" + path.TrimStart('/');
        return new LinkTarget(relative, fragment, path);
    }
}
