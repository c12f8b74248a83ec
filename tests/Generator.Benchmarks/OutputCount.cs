namespace Generator.Benchmarks;

/// <summary>The files a build wrote: all of them, the HTML ones, and HTML per language folder.</summary>
public sealed record OutputCount(int Files, int Html, IReadOnlyDictionary<string, int> HtmlPerFolder)
{
    /// <summary>"en 263, fr 263, nl 259, / 2": HTML files under each top folder, "/" for the root.</summary>
    public string PerLanguage => string.Join(", ", HtmlPerFolder.OrderBy(p => p.Key == "/" ? 1 : 0).ThenBy(p => p.Key, StringComparer.Ordinal)
        .Select(p => $"{p.Key} {p.Value}"));

    public static OutputCount Of(string directory)
    {
        var files = 0;
        var html = 0;
        var perFolder = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
        {
            files++;
            if (!file.EndsWith(".html", StringComparison.Ordinal)) continue;
            html++;
            var relative = Path.GetRelativePath(directory, file);
            var separator = relative.IndexOf(Path.DirectorySeparatorChar, StringComparison.Ordinal);
            var folder = separator < 0 ? "/" : relative[..separator];
            perFolder[folder] = perFolder.GetValueOrDefault(folder) + 1;
        }

        return new OutputCount(files, html, perFolder);
    }
}
