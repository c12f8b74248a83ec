using System.Diagnostics;
using System.Globalization;
using Generator.Benchmarks;
using Generator.Build;
using Generator.IO;

// Usage: dotnet run -c Release --project tests/Generator.Benchmarks -- [--groups N ...] [--runs R] [--keep] [--compare-links] [--latency EDITS] [--hugo] [--startup]
// --compare-links builds the corpus with its links and relations and the same corpus without
// them, alternately, and reports what link resolution adds to the full build time.
// --latency E starts serve on the corpus and times E one-paragraph edits from save to reloaded page.
// --hugo builds the corpus with the generator (the CLI, as a child process) and with Hugo from the
// minimal equivalent site in hugo-site/, alternately, each run into a new empty folder, and
// reports median wall and CPU time, peak memory, HTML files, the ratios generator/Hugo and the
// generator's stage timings. Needs hugo and GNU time: bash .ci/install-hugo.sh. For example:
//   dotnet run --project tests/Generator.Benchmarks -c Release -- --groups 1000 --groups 5000 --runs 3 --hugo
// --startup times the real site's build by the published generator from process start to exit,
// with and without its search index, R times each: see StartupBenchmark.
var groupCounts = new List<int>();
var runs = 3;
var keep = false;
var compareLinks = false;
var latencyEdits = 0;
var hugo = false;
var startup = false;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--groups" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var g) && g > 0:
            groupCounts.Add(g);
            i++;
            break;
        case "--runs" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var r) && r > 0:
            runs = r;
            i++;
            break;
        case "--keep":
            keep = true;
            break;
        case "--compare-links":
            compareLinks = true;
            break;
        case "--hugo":
            hugo = true;
            break;
        case "--startup":
            startup = true;
            break;
        case "--latency" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var e) && e > 0:
            latencyEdits = e;
            i++;
            break;
        default:
            Console.Error.WriteLine($"unexpected argument '{args[i]}'");
            Console.Error.WriteLine("usage: Generator.Benchmarks [--groups N ...] [--runs R] [--keep] [--compare-links] [--latency EDITS] [--hugo] [--startup]");
            return 2;
    }
}

if (groupCounts.Count == 0)
{
    groupCounts.Add(1000);
}

var repoRoot = FindRepoRoot();
var themeDirectory = Path.Combine(repoRoot, "theme");
using var cts = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cts.Cancel();
};

Console.WriteLine($".NET {Environment.Version}, {Environment.ProcessorCount} cores, {RuntimeInfo()}");
Console.WriteLine($"theme: {themeDirectory}, runs per size: {runs} (+1 warm-up)");
if (compareLinks)
{
    return LinkOverheadBenchmark.Run(groupCounts, runs, themeDirectory, cts.Token);
}

if (startup)
{
    return StartupBenchmark.Run(runs, repoRoot);
}

if (hugo)
{
    return HugoComparison.Run(groupCounts, runs, repoRoot, themeDirectory, keep, cts.Token);
}

if (latencyEdits > 0)
{
    foreach (var groups in groupCounts)
    {
        if (await LatencyBenchmark.RunAsync(groups, latencyEdits, themeDirectory, cts.Token) != 0) return 1;
    }

    return 0;
}

var summaries = new List<string>();
foreach (var groups in groupCounts)
{
    var root = Path.Combine(Path.GetTempPath(), $"generator-bench-{groups}");
    if (Directory.Exists(root))
    {
        Directory.Delete(root, recursive: true);
    }

    var input = Path.Combine(root, "input");
    var corpusClock = Stopwatch.StartNew();
    var corpus = SyntheticCorpus.Write(input, groups);
    Console.WriteLine();
    Console.WriteLine($"=== groups={groups} ===");
    Console.WriteLine($"corpus: {root} ({corpus.FilesWritten} files, {corpus.TotalBytes / 1048576.0:F1} MiB, " +
        $"written in {corpusClock.Elapsed.TotalSeconds:F2}s)");

    var builder = new SiteBuilder(new PhysicalFileSystem(), new FixedClock(DateTimeOffset.Parse("2026-01-01T00:00:00Z", CultureInfo.InvariantCulture)));
    BuildResult Run(string output) => builder.Build(new BuildOptions
    {
        InputDirectory = input,
        ThemeDirectory = themeDirectory,
        OutputDirectory = output,
        DisplayRoot = root,
    }, cts.Token);

    var warmupOutput = Path.Combine(root, "out-warmup");
    if (!Check(Run(warmupOutput)))
    {
        return 1;
    }

    Directory.Delete(warmupOutput, recursive: true);
    var times = new List<double>();
    var allocations = new List<double>();
    var stages = new List<(string Stage, double Seconds)>();
    BuildResult? last = null;
    for (var run = 1; run <= runs; run++)
    {
        var output = Path.Combine(root, $"out-{run}");
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var result = Run(output);
        clock.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        if (!Check(result))
        {
            return 1;
        }

        times.Add(clock.Elapsed.TotalSeconds);
        allocations.Add(allocated / 1048576.0);
        stages.AddRange(result.Statistics.Stages.Select(s => (s.Stage, s.Elapsed.TotalSeconds)));
        last = result;
        Console.WriteLine($"  run {run}: {clock.Elapsed.TotalSeconds:F3}s, allocated {allocated / 1048576.0:F0} MiB");
        if (run < runs || !keep)
        {
            Directory.Delete(output, recursive: true);
        }
    }

    var peakMiB = Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;
    var statistics = last!.Statistics;
    var pages = statistics.PagesPerLanguage.Values.Sum();
    var median = Median(times);
    var perLanguage = string.Join(", ", statistics.PagesPerLanguage.Select(p => $"{p.Key} {p.Value}"));
    var docsPerLanguage = string.Join(", ", corpus.DocumentsPerLanguage.Select(p => $"{p.Key} {p.Value}"));
    Row("documents", $"{corpus.Documents} ({docsPerLanguage})");
    Row("HTML pages rendered", $"{pages} ({perLanguage})");
    Row("files written", statistics.FilesWritten.ToString(CultureInfo.InvariantCulture));
    Row("warnings", last.WarningCount.ToString(CultureInfo.InvariantCulture));
    Row("wall time median", $"{median:F3} s");
    Row("wall time min", $"{times.Min():F3} s");
    Row("pages per second", $"{pages / median:F0}");
    Row("allocated per build", $"{Median(allocations):F0} MiB (median)");
    Row("peak working set", $"{peakMiB:F0} MiB (process lifetime)");
    Console.WriteLine();
    Console.WriteLine($"  {"stage",-28} {"median s",10} {"share",7}");
    Console.WriteLine($"  {new string('-', 28)} {new string('-', 10)} {new string('-', 7)}");
    foreach (var stage in stages.Select(s => s.Stage).Distinct())
    {
        var seconds = Median(stages.Where(s => s.Stage == stage).Select(s => s.Seconds).ToList());
        Console.WriteLine($"  {stage,-28} {seconds,10:F3} {seconds / median,7:P0}");
    }

    summaries.Add(string.Create(CultureInfo.InvariantCulture,
        $"groups={groups} docs={corpus.Documents} pages={pages} median={median:F2}s pages/s={pages / median:F0} peakMiB={peakMiB:F0}"));
    if (!keep)
    {
        Directory.Delete(root, recursive: true);
    }
}

Console.WriteLine();
foreach (var line in summaries)
{
    Console.WriteLine(line);
}

return 0;

static void Row(string label, string value) => Console.WriteLine($"  {label,-22} {value}");

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    var mid = sorted.Count / 2;
    return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

static bool Check(BuildResult result)
{
    if (result.Succeeded)
    {
        return true;
    }

    Console.Error.WriteLine($"build failed: {result.ErrorCount} error(s), {result.WarningCount} warning(s); first diagnostics:");
    foreach (var diagnostic in result.Diagnostics.Take(20))
    {
        Console.Error.WriteLine("  " + diagnostic);
    }

    return false;
}

static string RuntimeInfo() =>
    $"server GC {System.Runtime.GCSettings.IsServerGC}, " +
    $"tiered PGO {(AppContext.TryGetSwitch("System.Runtime.TieredPGO", out var pgo) ? pgo.ToString() : "default")}";

static string FindRepoRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Generator.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException($"no Generator.sln above {AppContext.BaseDirectory}");
}
