using Generator.Build;
using Generator.IO;

namespace Generator.Tests.Support;

/// <summary>Builds a site folder (with input/ and theme/) on a fixed clock.</summary>
public static class TestBuild
{
    public static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static BuildResult Run(string siteDirectory, string outputDirectory, int parallelism = 4, string? themeDirectory = null, bool includeDrafts = false, bool includeFuture = false, CancellationToken cancellationToken = default)
    {
        var options = new BuildOptions
        {
            InputDirectory = Path.Combine(siteDirectory, "input"),
            ThemeDirectory = themeDirectory ?? Path.Combine(siteDirectory, "theme"),
            OutputDirectory = outputDirectory,
            DisplayRoot = siteDirectory,
            Parallelism = parallelism,
            IncludeDrafts = includeDrafts,
            IncludeFuture = includeFuture,
        };
        return new SiteBuilder(new PhysicalFileSystem(), new FixedClock(Now)).Build(options, cancellationToken);
    }

    public static string Describe(BuildResult result) =>
        string.Join("\n", result.Diagnostics.Select(d => d + (d.Hint is null ? string.Empty : "\n    hint: " + d.Hint)));
}
