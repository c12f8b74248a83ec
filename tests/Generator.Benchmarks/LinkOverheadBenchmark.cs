using System.Diagnostics;
using System.Globalization;
using Generator.Build;
using Generator.IO;

namespace Generator.Benchmarks;

/// <summary>
/// Measures what link resolution costs: the same corpus with its wikilinks and relations and
/// without them (labels in place of links), built alternately into fresh folders; prints both
/// medians, the overhead as a share of the linked build, and the link stage's own time.
/// </summary>
public static class LinkOverheadBenchmark
{
    public static int Run(IEnumerable<int> groupCounts, int runs, string themeDirectory, CancellationToken cancellationToken)
    {
        foreach (var groups in groupCounts)
        {
            var root = Path.Combine(Path.GetTempPath(), $"generator-links-{groups}");
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
            var withLinks = SyntheticCorpus.Write(Path.Combine(root, "with", "input"), groups, links: true);
            SyntheticCorpus.Write(Path.Combine(root, "without", "input"), groups, links: false);
            Console.WriteLine();
            Console.WriteLine($"=== groups={groups}: {withLinks.Documents} documents, {withLinks.Links} links and relation values ===");

            var builder = new SiteBuilder(new PhysicalFileSystem(), new FixedClock(DateTimeOffset.Parse("2026-01-01T00:00:00Z", CultureInfo.InvariantCulture)));
            var timings = new Dictionary<string, List<double>> { ["with"] = [], ["without"] = [], ["link stage"] = [] };
            for (var run = 0; run <= runs; run++)
            {
                foreach (var variant in new[] { "with", "without" })
                {
                    var output = Path.Combine(root, variant, $"out-{run}");
                    var clock = Stopwatch.StartNew();
                    var result = builder.Build(new BuildOptions
                    {
                        InputDirectory = Path.Combine(root, variant, "input"),
                        ThemeDirectory = themeDirectory,
                        OutputDirectory = output,
                        DisplayRoot = root,
                    }, cancellationToken);
                    clock.Stop();
                    if (!result.Succeeded)
                    {
                        Console.Error.WriteLine($"{variant}: build failed: " + string.Join("\n  ", result.Diagnostics.Take(20)));
                        return 1;
                    }

                    Directory.Delete(output, recursive: true);
                    if (run == 0) continue; // warm-up
                    timings[variant].Add(clock.Elapsed.TotalSeconds);
                    if (variant == "with")
                    {
                        timings["link stage"].Add(result.Statistics.Stages.First(s => s.Stage == "link").Elapsed.TotalSeconds);
                    }
                }
            }

            var with = Median(timings["with"]);
            var without = Median(timings["without"]);
            var stage = Median(timings["link stage"]);
            Console.WriteLine($"  with links     median {with:F3} s   ({string.Join(", ", timings["with"].Select(t => t.ToString("F2", CultureInfo.InvariantCulture)))})");
            Console.WriteLine($"  without links  median {without:F3} s   ({string.Join(", ", timings["without"].Select(t => t.ToString("F2", CultureInfo.InvariantCulture)))})");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"links={withLinks.Links} with={with:F2}s without={without:F2}s overhead={(with - without) / with:P1} link-stage={stage:F2}s ({stage / with:P1} of the build)"));
            Directory.Delete(root, recursive: true);
        }

        return 0;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
