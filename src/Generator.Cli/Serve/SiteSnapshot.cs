using Generator.Publishing;

namespace Generator.Cli.Serve;

/// <summary>
/// One successful build's files, kept in memory and served as a whole: a rebuild replaces the
/// snapshot in one step, so a reader never sees half of one build and half of the next.
/// </summary>
public sealed class SiteSnapshot(IReadOnlyDictionary<string, PlannedOutput> files)
{
    public static readonly SiteSnapshot Empty = new(new Dictionary<string, PlannedOutput>());

    public static SiteSnapshot Of(OutputPlan plan) => new(plan.Files.ToDictionary(f => f.Path, StringComparer.Ordinal));

    public bool IsEmpty => files.Count == 0;

    /// <summary>The file at a request path: <c>en/</c> and <c>en</c> both find <c>en/index.html</c>.</summary>
    public PlannedOutput? Find(string path)
    {
        if (path.Length == 0 || path.EndsWith('/'))
        {
            return files.GetValueOrDefault(path + "index.html");
        }

        return files.GetValueOrDefault(path) ?? files.GetValueOrDefault(path + "/index.html");
    }
}
