using Generator.Content;

namespace Generator.Authoring;

/// <summary>
/// Where a missing translation should be created so that it joins its source. A document joined
/// by its path gets a file beside the source with the language's suffix (<c>news/x.fr.md</c>);
/// one whose <c>translationKey</c> is a path in the source's section gets that path
/// (<c>news/short.fr.md</c> for the key <c>news/short</c>), which joins without front matter;
/// any other key gets a file beside the source that must declare the key. "Beside" a source in a
/// language folder (<c>fr/news/x.md</c>) is its place outside that folder (<c>news/x.en.md</c>),
/// since a file in <c>fr/</c> is French.
/// </summary>
public static class TranslationFileNamer
{
    /// <summary>The new file's path (the source's folder style: relative or full) and the key it must declare, if any.</summary>
    public static (string Path, string? TranslationKey) Missing(ParsedDocument source, string key, string language)
    {
        var full = source.Source.FullPath;
        var relative = source.Path.RelativePath;
        var contentRoot = full[..(full.Length - relative.Length)];
        var folder = source.Path.LanguageFolder is null
            ? Path.GetDirectoryName(full) ?? string.Empty
            : Path.GetDirectoryName(Path.Combine(contentRoot, source.Path.TreePath.Replace('/', Path.DirectorySeparatorChar))) ?? contentRoot;
        var extension = Path.GetExtension(relative);
        var beside = Path.Combine(folder, $"{source.Path.Name}.{language}{extension}");
        if (key == source.Path.TranslationPath)
        {
            return (beside, null);
        }

        var normalized = full.Replace('\\', '/');
        if (IsPathInSection(key, source.Path.Section) && normalized.EndsWith("/" + relative, StringComparison.Ordinal))
        {
            return (Path.Combine(contentRoot, $"{key}.{language}{extension}".Replace('/', Path.DirectorySeparatorChar)), null);
        }

        return (beside, key);
    }

    private static bool IsPathInSection(string key, string section) =>
        section.Length > 0
        && key.StartsWith(section + "/", StringComparison.Ordinal)
        && key.Split('/').All(part => part.Length > 0 && part != "." && part != ".." && !part.Any(c => char.IsWhiteSpace(c) || c == '\\' || c == ':'));
}
