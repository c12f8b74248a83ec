namespace Generator.Model;

/// <summary>
/// The one place site URLs and output files are mapped to each other. A URL is a path under the
/// base URL's path (<c>/docs/fr/x/</c>); its file is relative to the output folder: a URL ending
/// in a slash is the folder's <c>index.html</c> (<c>fr/x/index.html</c>), any other is itself
/// (<c>/docs/fr/404.html</c> is <c>fr/404.html</c>, <c>/docs/sitemap.xml</c> is <c>sitemap.xml</c>).
/// </summary>
public static class OutputPaths
{
    public const string Index = "index.html";

    /// <summary>The output file of a site URL under <paramref name="basePath"/>.</summary>
    public static string FromUrl(string url, string basePath)
    {
        var path = url.StartsWith(basePath, StringComparison.Ordinal) ? url[basePath.Length..] : url.TrimStart('/');
        return path.Length == 0 || path.EndsWith('/') ? path + Index : path;
    }

    /// <summary>The site URL an output file is served at: <c>fr/x/index.html</c> is <c>/docs/fr/x/</c>.</summary>
    public static string ToUrl(string path, string basePath) =>
        basePath + (path == Index || path.EndsWith("/" + Index, StringComparison.Ordinal) ? path[..^Index.Length] : path);

    /// <summary>The files a request path may be served from, in order: <c>x/</c> and <c>x</c> are <c>x/index.html</c>.</summary>
    public static IEnumerable<string> Candidates(string path)
    {
        yield return path.Length == 0 || path.EndsWith('/') ? path + Index : path;
        if (path.Length > 0 && !path.EndsWith('/'))
        {
            yield return path + "/" + Index;
        }
    }
}
