using System.Globalization;
using Generator.Build;

namespace Generator.Cli;

/// <summary>The one line a build ends with: pages per language, files, time, warnings and errors.</summary>
public static class Summary
{
    public static string Describe(BuildResult result, BuildOptions options)
    {
        var stats = result.Statistics;
        var pages = stats.PagesPerLanguage.Values.Sum();
        var perLanguage = string.Join(", ", stats.PagesPerLanguage.Select(p => $"{p.Key} {p.Value}"));
        var seconds = stats.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        var counts = $"{Plural(result.ErrorCount, "error")}, {Plural(result.WarningCount, "warning")}";
        return result.Succeeded
            ? $"Built {pages} pages ({perLanguage}), {stats.FilesWritten} files in {options.OutputDirectory} ({stats.FilesChanged} written, {stats.FilesDeleted} deleted) in {seconds} s{(stats.FromCache ? ", nothing changed since the last build (build cache)" : string.Empty)}; {counts}."
            : stats.OutputPartlyWritten
                ? $"Build failed in {seconds} s: {counts}. Writing into {options.OutputDirectory} failed part-way: some of its files may be new; build again."
                : $"Build failed in {seconds} s: {counts}. {options.OutputDirectory} was left unchanged.";
    }

    /// <summary>What <c>serve</c> prints after a rebuild: the pages rendered again and the time of each stage.</summary>
    public static string DescribeRebuild(BuildResult result)
    {
        var stats = result.Statistics;
        var stages = string.Join(", ", stats.Stages.Select(s => $"{s.Stage} {s.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)}"));
        var milliseconds = stats.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
        return $"rebuilt in {milliseconds} ms, {stats.PagesRendered} of {stats.PagesPerLanguage.Values.Sum()} pages rendered again ({stages} ms); " +
            $"{Plural(result.WarningCount, "warning")}.";
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
