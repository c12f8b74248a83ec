using System.Text;
using Generator.Publishing;

namespace Generator.Cli.Serve;

/// <summary>
/// One successful build's files, kept in memory and served as a whole: a rebuild replaces the
/// snapshot in one step, so a reader never sees half of one build and half of the next. Only
/// the files the build planned are ever found, with the rules of the <c>_headers</c> file it
/// planned among them.
/// </summary>
public sealed class SiteSnapshot
{
    private readonly IReadOnlyDictionary<string, PlannedOutput> _files;

    private SiteSnapshot(IReadOnlyDictionary<string, PlannedOutput> files, HeaderRules headers, string basePath)
    {
        _files = files;
        Headers = headers;
        BasePath = basePath;
    }

    /// <summary>The path the site's URLs start with ("/" or "/sub/"), as published.</summary>
    public string BasePath { get; }

    /// <summary>A request's path (without its leading slash) as a path of the site's files, or null when it lies outside the base path.</summary>
    public string? Relative(string path) =>
        ("/" + path).StartsWith(BasePath, StringComparison.Ordinal) ? ("/" + path)[BasePath.Length..]
        : ("/" + path + "/") == BasePath ? string.Empty : null;

    /// <summary>The rules of the build's <c>_headers</c> file (none if it planned none).</summary>
    public HeaderRules Headers { get; }

    public static SiteSnapshot Of(OutputPlan plan)
    {
        var files = plan.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var headers = files.GetValueOrDefault("_headers")?.Bytes is { } bytes ? HeaderRules.Parse(Encoding.UTF8.GetString(bytes)) : HeaderRules.None;
        return new SiteSnapshot(files, headers, plan.BasePath);
    }

    /// <summary>The file at a site path: <c>en/</c> and <c>en</c> both find <c>en/index.html</c>.</summary>
    public PlannedOutput? Find(string path) =>
        Generator.Model.OutputPaths.Candidates(path).Select(candidate => _files.GetValueOrDefault(candidate)).FirstOrDefault(file => file is not null);
}
