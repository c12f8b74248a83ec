using System.Globalization;
using System.Text.RegularExpressions;

namespace Generator.Benchmarks;

/// <summary>
/// The generator against Hugo on the same content: for each corpus size, writes the synthetic
/// corpus once, copies the minimal Hugo site (hugo-site/ beside this file) next to it, then runs
/// both as child processes in alternation, a warm-up each first (not counted) and then
/// <c>runs</c> timed builds each. Every timed build writes into a new, empty output folder; the
/// previous one is counted, deleted and flushed to disk (sync) outside the timed region, so
/// neither side pays for the other's files. Reports median wall and CPU time, peak resident
/// memory, HTML files written, the ratios generator/Hugo, and the generator's own stage timings
/// (<c>build --timings</c>).
/// </summary>
public static partial class HugoComparison
{
    private sealed record Side(string Name, Func<string, (string File, string[] Arguments)> Command);

    private sealed record SideRun(ChildMeasurement Measured, OutputCount Output, double? OwnSeconds, IReadOnlyList<(string Stage, double Ms)> Stages, double OtherCpu);

    /// <summary>Before each run, wait up to this long for the machine to be nearly idle (it may be shared).</summary>
    private static readonly TimeSpan QuietPatience = TimeSpan.FromSeconds(60);

    private const double QuietCores = 0.25;

    public static int Run(IReadOnlyList<int> groupCounts, int runs, string repoRoot, string themeDirectory, bool keep, CancellationToken cancellationToken)
    {
        var hugoVersion = ChildMeter.Capture("hugo", "version");
        if (hugoVersion is null || !ChildMeter.Available)
        {
            Console.Error.WriteLine($"needs hugo and {ChildMeter.GnuTime} (GNU time): run .ci/install-hugo.sh");
            return 2;
        }

        var dotnet = DotnetHost();
        var cli = Path.Combine(AppContext.BaseDirectory, "Generator.Cli.dll");
        var hugoSite = Path.Combine(repoRoot, "tests", "Generator.Benchmarks", "hugo-site");
        Console.WriteLine($"hugo: {hugoVersion}");
        Console.WriteLine($"generator: {dotnet} {cli}");
        var summaries = new List<string>();
        foreach (var groups in groupCounts)
        {
            var summary = RunSize(groups, runs, dotnet, cli, themeDirectory, hugoSite, keep, cancellationToken);
            if (summary is null) return 1;
            summaries.Add(summary);
        }

        Console.WriteLine();
        foreach (var line in summaries)
        {
            Console.WriteLine(line);
        }

        return 0;
    }

    private static string? RunSize(int groups, int runs, string dotnet, string cli, string themeDirectory, string hugoSite, bool keep, CancellationToken cancellationToken)
    {
        var root = Path.Combine(Path.GetTempPath(), $"generator-hugo-{groups}");
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        var input = Path.Combine(root, "input");
        var corpus = SyntheticCorpus.Write(input, groups);
        var site = Path.Combine(root, "hugo-site");
        CopyDirectory(hugoSite, site);
        Sync();
        var docs = string.Join(", ", corpus.DocumentsPerLanguage.Select(p => $"{p.Key} {p.Value}"));
        Console.WriteLine();
        Console.WriteLine($"=== groups={groups}: generator vs Hugo, {runs} runs each (+1 warm-up), alternating ===");
        Console.WriteLine($"corpus: {input} ({corpus.FilesWritten} files, {corpus.TotalBytes / 1048576.0:F1} MiB, {corpus.Documents} documents: {docs})");

        Side[] sides =
        [
            new("generator", output => (dotnet,
                [cli, "build", "--input", input, "--theme", themeDirectory, "--output", output, "--timings"])),
            new("Hugo", output => ("hugo",
                ["--source", site, "--contentDir", Path.Combine(input, "content"), "--destination", output])),
        ];
        var results = sides.ToDictionary(s => s.Name, _ => new List<SideRun>());
        for (var run = 0; run <= runs; run++)
        {
            foreach (var side in sides)
            {
                var output = Path.Combine(root, run == 0 ? $"out-{side.Name.ToLowerInvariant()}-warmup" : $"out-{side.Name.ToLowerInvariant()}-{run}");
                var (file, arguments) = side.Command(output);
                var (waited, quiet) = SystemLoad.WaitForQuiet(QuietCores, QuietPatience, cancellationToken);
                var busyBefore = SystemLoad.BusySeconds();
                var measured = ChildMeter.Run(file, arguments, root, cancellationToken);
                var busyAfter = SystemLoad.BusySeconds();
                // CPU time the rest of the machine used meanwhile: other processes competing for the cores.
                var otherCpu = busyBefore is { } b && busyAfter is { } a ? Math.Max(0, a - b - measured.CpuSeconds) : double.NaN;
                if (measured.ExitCode != 0 || HasError(measured))
                {
                    Console.Error.WriteLine($"{side.Name} failed (exit {measured.ExitCode}):");
                    Console.Error.WriteLine(measured.Stdout);
                    Console.Error.WriteLine(measured.Stderr);
                    return null;
                }

                var count = OutputCount.Of(output);
                var result = new SideRun(measured, count, OwnSeconds(side.Name, measured.Stdout), side.Name == "generator" ? Stages(measured.Stdout) : [], otherCpu);
                var label = run == 0 ? "warm-up" : $"run {run}";
                var note = waited.TotalSeconds < 2 ? "" : string.Create(CultureInfo.InvariantCulture,
                    $" (waited {waited.TotalSeconds:F0} s for a quiet machine{(quiet ? "" : ", in vain")})");
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {label,-8} {side.Name,-10} {measured.WallSeconds,7:F2} s wall {measured.CpuSeconds,7:F2} s CPU {measured.PeakRssMiB,7:F0} MiB peak {count.Html,7} HTML, others {otherCpu,4:F1} s CPU{note}"));
                if (run == 0)
                {
                    var warnings = Warnings(measured);
                    if (warnings > 0) Console.WriteLine($"           {side.Name} printed {warnings} warning line(s); first: {FirstWarning(measured)}");
                }
                else
                {
                    results[side.Name].Add(result);
                }

                if (!(keep && run == runs)) Directory.Delete(output, recursive: true);
                Sync();
            }
        }

        var generator = results["generator"];
        var hugo = results["Hugo"];
        Console.WriteLine();
        Report.Table(generator, hugo);
        Report.Stages(generator);
        if (!keep) Directory.Delete(root, recursive: true);
        return Report.Summary(groups, corpus.Documents, generator, hugo);
    }

    private static class Report
    {
        public static void Table(List<SideRun> generator, List<SideRun> hugo)
        {
            Console.WriteLine($"  {"",-30} {"generator",14} {"Hugo",14} {"generator/Hugo",15}");
            Console.WriteLine($"  {new string('-', 30)} {new string('-', 14)} {new string('-', 14)} {new string('-', 15)}");
            Row("wall time, median", Median(generator, r => r.Measured.WallSeconds), Median(hugo, r => r.Measured.WallSeconds), "s", "F2");
            Row("wall time, min", generator.Min(r => r.Measured.WallSeconds), hugo.Min(r => r.Measured.WallSeconds), "s", "F2");
            Row("CPU time (user+sys), median", Median(generator, r => r.Measured.CpuSeconds), Median(hugo, r => r.Measured.CpuSeconds), "s", "F2");
            Row("peak resident memory, max", generator.Max(r => r.Measured.PeakRssMiB), hugo.Max(r => r.Measured.PeakRssMiB), "MiB", "F0");
            Row("CPU of other processes, max", generator.Max(r => r.OtherCpu), hugo.Max(r => r.OtherCpu), "s", "F1");
            Row("own build time, median", Median(generator, r => r.OwnSeconds ?? double.NaN), Median(hugo, r => r.OwnSeconds ?? double.NaN), "s", "F2");
            Row("HTML files written", generator[^1].Output.Html, hugo[^1].Output.Html, "", "F0");
            Row("all files written", generator[^1].Output.Files, hugo[^1].Output.Files, "", "F0");
            Console.WriteLine($"  HTML per folder, generator: {generator[^1].Output.PerLanguage}");
            Console.WriteLine($"  HTML per folder, Hugo:      {hugo[^1].Output.PerLanguage}");
            Console.WriteLine("  (own build time: the generator's \"Built ... in\", Hugo's \"Total in\"; wall time adds process start and exit.");
            Console.WriteLine("   CPU of other processes: what the rest of the machine used during a run; above a second or two, that run was disturbed.)");
        }

        public static void Stages(List<SideRun> generator)
        {
            var wallMs = Median(generator, r => r.Measured.WallSeconds) * 1000;
            Console.WriteLine();
            Console.WriteLine($"  {"generator stage (--timings)",-30} {"median ms",10} {"of wall",8}");
            Console.WriteLine($"  {new string('-', 30)} {new string('-', 10)} {new string('-', 8)}");
            var stageTotal = 0.0;
            foreach (var stage in generator.SelectMany(r => r.Stages.Select(s => s.Stage)).Distinct())
            {
                var ms = Median(generator, r => r.Stages.Where(s => s.Stage == stage).Sum(s => s.Ms));
                stageTotal += ms;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {stage,-30} {ms,10:F0} {ms / wallMs,8:P0}"));
            }

            var outside = wallMs - stageTotal;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"(outside the stages)",-30} {outside,10:F0} {outside / wallMs,8:P0}"));
        }

        public static string Summary(int groups, int documents, List<SideRun> generator, List<SideRun> hugo)
        {
            string Side(List<SideRun> runs) => string.Create(CultureInfo.InvariantCulture,
                $"wall {Median(runs, r => r.Measured.WallSeconds):F2}s cpu {Median(runs, r => r.Measured.CpuSeconds):F2}s " +
                $"rss {runs.Max(r => r.Measured.PeakRssMiB):F0}MiB html {runs[^1].Output.Html}");
            var wall = Median(generator, r => r.Measured.WallSeconds) / Median(hugo, r => r.Measured.WallSeconds);
            var cpu = Median(generator, r => r.Measured.CpuSeconds) / Median(hugo, r => r.Measured.CpuSeconds);
            var rss = generator.Max(r => r.Measured.PeakRssMiB) / hugo.Max(r => r.Measured.PeakRssMiB);
            return string.Create(CultureInfo.InvariantCulture,
                $"groups={groups} docs={documents} runs={generator.Count} | generator: {Side(generator)} | hugo: {Side(hugo)} | generator/hugo: wall {wall:F2} cpu {cpu:F2} rss {rss:F2} | others max {generator.Concat(hugo).Max(r => r.OtherCpu):F1}s CPU");
        }

        private static void Row(string label, double generator, double hugo, string unit, string format)
        {
            string Cell(double value) => double.IsNaN(value) ? "-" : (value.ToString(format, CultureInfo.InvariantCulture) + (unit.Length > 0 ? " " + unit : ""));
            var ratio = double.IsNaN(generator) || double.IsNaN(hugo) || hugo == 0 ? "-" : (generator / hugo).ToString("F2", CultureInfo.InvariantCulture);
            Console.WriteLine($"  {label,-30} {Cell(generator),14} {Cell(hugo),14} {ratio,15}");
        }

        private static double Median(List<SideRun> runs, Func<SideRun, double> value)
        {
            var sorted = runs.Select(value).Order().ToList();
            var mid = sorted.Count / 2;
            return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
        }
    }

    /// <summary>The seconds a side reports for itself: the generator's "Built ... in 1.52 s", Hugo's "Total in 836 ms".</summary>
    private static double? OwnSeconds(string side, string stdout)
    {
        var match = side == "generator" ? GeneratorTotal().Match(stdout) : HugoTotal().Match(stdout);
        if (!match.Success) return null;
        var value = Number(match.Groups[1].Value);
        return side == "generator" ? value : value / 1000;
    }

    /// <summary>The stage lines <c>build --timings</c> prints: "  render        440.3 ms".</summary>
    private static List<(string Stage, double Ms)> Stages(string stdout) =>
        StageLine().Matches(stdout).Select(m => (m.Groups[1].Value, Number(m.Groups[2].Value))).ToList();

    private static double Number(string text) => double.Parse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static bool HasError(ChildMeasurement m) => ErrorLine().IsMatch(m.Stdout) || ErrorLine().IsMatch(m.Stderr);

    private static int Warnings(ChildMeasurement m) => WarningLine().Matches(m.Stdout).Count + WarningLine().Matches(m.Stderr).Count;

    private static string FirstWarning(ChildMeasurement m) =>
        (WarningLine().Match(m.Stderr) is { Success: true } e ? e : WarningLine().Match(m.Stdout)).Value.Trim();

    [GeneratedRegex(@"^Built .* in ([\d.,]+) s;", RegexOptions.Multiline)]
    private static partial Regex GeneratorTotal();

    [GeneratedRegex(@"^Total in ([\d.,]+) ms", RegexOptions.Multiline)]
    private static partial Regex HugoTotal();

    [GeneratedRegex(@"^  (\S+)\s+([\d.,]+) ms\r?$", RegexOptions.Multiline)]
    private static partial Regex StageLine();

    [GeneratedRegex(@"^(ERROR|Error:).*$", RegexOptions.Multiline)]
    private static partial Regex ErrorLine();

    [GeneratedRegex(@"^(WARN|warning).*$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex WarningLine();

    /// <summary>The dotnet host: this process when it is one, else the first on PATH or under DOTNET_ROOT.</summary>
    private static string DotnetHost()
    {
        if (Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet") return self;
        var candidates = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Append(Environment.GetEnvironmentVariable("DOTNET_ROOT") ?? "")
            .Where(d => d.Length > 0)
            .Select(d => Path.Combine(d, "dotnet"));
        return candidates.FirstOrDefault(File.Exists) ?? "dotnet";
    }

    /// <summary>Flushes what earlier runs wrote or deleted, so that the next timed run does not pay for it.</summary>
    private static void Sync() => ChildMeter.Capture("sync");

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
