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
/// (<c>build --timings</c>). The machine may be shared: before each run it waits (a while) for
/// the cores to be idle, measures the CPU time other processes took during the run, and does a
/// run that they disturbed again (up to twice), keeping the least disturbed.
/// </summary>
public static partial class HugoComparison
{
    private sealed record Side(string Name, Func<string, (string File, string[] Arguments)> Command);

    /// <summary>Before each run, wait up to this long for the machine to be nearly idle (it may be shared).</summary>
    private static readonly TimeSpan QuietPatience = TimeSpan.FromSeconds(60);

    private const double QuietCores = 0.25;

    /// <summary>How often a timed run that other processes disturbed is done again.</summary>
    private const int MaxRetries = 2;

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
                var label = run == 0 ? "warm-up" : $"run {run}";
                var output = Path.Combine(root, run == 0 ? $"out-{side.Name.ToLowerInvariant()}-warmup" : $"out-{side.Name.ToLowerInvariant()}-{run}");
                SideRun? kept = null;
                for (var attempt = 0; attempt <= MaxRetries; attempt++)
                {
                    var result = Measure(side, output, root, label, cancellationToken);
                    if (result is null) return null;
                    if (run == 0 && attempt == 0)
                    {
                        var warnings = Warnings(result.Measured);
                        if (warnings > 0) Console.WriteLine($"           {side.Name} printed {warnings} warning line(s); first: {FirstWarning(result.Measured)}");
                    }

                    if (kept is null || result.OtherCpu < kept.OtherCpu) kept = result;
                    // A warm-up only warms; a disturbed timed run is done again, and the least disturbed kept.
                    var retry = run > 0 && result.Disturbed && attempt < MaxRetries;
                    if (!(keep && run == runs) || retry) Directory.Delete(output, recursive: true);
                    Sync();
                    if (!retry) break;
                }

                if (run > 0) results[side.Name].Add(kept!);
            }
        }

        var generator = results["generator"];
        var hugo = results["Hugo"];
        Console.WriteLine();
        HugoReport.Table(generator, hugo);
        HugoReport.Stages(generator);
        if (!keep) Directory.Delete(root, recursive: true);
        return HugoReport.Summary(groups, corpus.Documents, generator, hugo);
    }

    /// <summary>
    /// One build into <paramref name="output"/> (new and empty), after waiting for a quiet machine;
    /// prints a line and returns what it measured, or null when the build failed.
    /// </summary>
    private static SideRun? Measure(Side side, string output, string root, string label, CancellationToken cancellationToken)
    {
        var (file, arguments) = side.Command(output);
        var (waited, quiet) = SystemLoad.WaitForQuiet(QuietCores, QuietPatience, cancellationToken);
        var othersBefore = SystemLoad.Snapshot();
        var measured = ChildMeter.Run(file, arguments, root, cancellationToken);
        var othersAfter = SystemLoad.Snapshot();
        if (measured.ExitCode != 0 || HasError(measured))
        {
            Console.Error.WriteLine($"{side.Name} failed (exit {measured.ExitCode}):");
            Console.Error.WriteLine(measured.Stdout);
            Console.Error.WriteLine(measured.Stderr);
            return null;
        }

        // CPU time other programs used meanwhile, competing for the two cores.
        var otherCpu = SystemLoad.Between(othersBefore, othersAfter);
        var count = OutputCount.Of(output);
        var result = new SideRun(measured, count, OwnSeconds(side.Name, measured.Stdout),
            side.Name == "generator" ? Stages(measured.Stdout) : [], otherCpu);
        var note = (waited.TotalSeconds < 2 ? "" : string.Create(CultureInfo.InvariantCulture,
            $" (waited {waited.TotalSeconds:F0} s for a quiet machine{(quiet ? "" : ", in vain")})")) + (result.Disturbed ? " DISTURBED" : "");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {label,-8} {side.Name,-10} {measured.WallSeconds,7:F2} s wall {measured.CpuSeconds,7:F2} s CPU {measured.PeakRssMiB,7:F0} MiB peak {count.Html,7} HTML, others {otherCpu,4:F1} s CPU{note}"));
        return result;
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
