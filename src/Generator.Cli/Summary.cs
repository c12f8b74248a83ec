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
            ? $"Built {pages} pages ({perLanguage}), {stats.FilesWritten} files in {options.OutputDirectory} in {seconds} s; {counts}."
            : $"Build failed in {seconds} s: {counts}. {options.OutputDirectory} was left unchanged.";
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
