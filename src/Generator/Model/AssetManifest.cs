using System.Collections.Immutable;
using Generator.Content;

namespace Generator.Model;

/// <summary>
/// The theme's static files (CSS, JavaScript, images, fonts) under content-hashed names in
/// <c>assets/</c>: <c>css/site.css</c> is published as <c>assets/css/site.1a2b3c4d5e.css</c>, so
/// it can be cached for a year and a new version is a new URL. The site's own static files
/// (<c>input/static/</c>, linked by authors) keep their names, and so do the theme's files that
/// clients ask for by a fixed name at the site's root (<c>favicon.ico</c>).
/// </summary>
public sealed class AssetManifest
{
    public const string Folder = "assets/";

    private readonly ImmutableSortedDictionary<string, string> _published;
    private readonly ImmutableSortedDictionary<string, SourceFile> _files;

    public AssetManifest(IEnumerable<SourceFile> statics, string themeStaticDirectory)
    {
        var root = Path.GetFullPath(themeStaticDirectory) + Path.DirectorySeparatorChar;
        _published = statics
            .Where(f => Path.GetFullPath(f.FullPath).StartsWith(root, StringComparison.Ordinal) && !RootNames.Contains(f.RelativePath))
            .ToImmutableSortedDictionary(f => f.RelativePath, f => Folder + Hashed(f.RelativePath, f.Hash), StringComparer.Ordinal);
        _files = statics.GroupBy(f => f.RelativePath, StringComparer.Ordinal).ToImmutableSortedDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        Fingerprint = string.Join('\n', _published.Select(p => p.Key + " " + p.Value).Concat(_files.Select(f => f.Key + " " + f.Value.Length)));
    }

    /// <summary>Files that browsers and feed readers request at the site's root whatever a page links to.</summary>
    public static readonly IReadOnlySet<string> RootNames = new HashSet<string>(["favicon.ico"], StringComparer.Ordinal);

    public static AssetManifest Empty { get; } = new([], "/nonexistent");

    /// <summary>Changes whenever a published name changes; part of every page's render fingerprint.</summary>
    public string Fingerprint { get; }

    /// <summary>The path (relative to the output folder) a static file is published at.</summary>
    public string PublishedPath(SourceFile file) => _published.GetValueOrDefault(file.RelativePath, file.RelativePath);

    /// <summary>The published path of a theme asset such as <c>css/site.css</c>, or null when the theme has none by that name.</summary>
    public string? Find(string relativePath) => _published.GetValueOrDefault(relativePath.TrimStart('/'));

    /// <summary>A static file (the site's or the theme's) by its path under <c>static/</c>: its published path and size; null when there is none.</summary>
    public (string Path, long Length)? File(string relativePath) =>
        _files.TryGetValue(relativePath.TrimStart('/'), out var file) ? (PublishedPath(file), file.Length) : null;

    private static string Hashed(string relativePath, string hash)
    {
        var slash = relativePath.LastIndexOf('/');
        var dot = relativePath.LastIndexOf('.');
        return dot > slash + 1 ? $"{relativePath[..dot]}.{hash[..10]}{relativePath[dot..]}" : $"{relativePath}.{hash[..10]}";
    }
}
