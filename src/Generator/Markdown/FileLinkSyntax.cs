namespace Generator.Markdown;

/// <summary>
/// Whether a Markdown link's URL names another source file: relative, no scheme, ending in
/// <c>.md</c> before an optional <c>#anchor</c> (<c>../projects/values.md#aims</c>). Other
/// links are not the generator's business.
/// </summary>
public static class FileLinkSyntax
{
    /// <returns>The path and the anchor (null when there is none), or null for any other URL.</returns>
    public static (string Path, string? Anchor)? Parse(string? url)
    {
        if (string.IsNullOrEmpty(url) || url.Contains(':') || url.StartsWith('/') || url.StartsWith('#'))
        {
            return null;
        }

        var hash = url.IndexOf('#');
        var path = hash >= 0 ? url[..hash] : url;
        var anchor = hash >= 0 && hash < url.Length - 1 ? url[(hash + 1)..] : null;
        return path.EndsWith(".md", StringComparison.Ordinal) ? (path, anchor) : null;
    }
}
