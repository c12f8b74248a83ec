using System.Globalization;
using System.Text.RegularExpressions;

namespace Generator.Benchmarks;

/// <summary>
/// The generator against Hugo on the same content: for each corpus size, writes the synthetic
/// corpus once, copies the minimal Hugo site (hugo-site/ beside this file) next to it, then runs
/// both as child processes in alternation, a warm-up each first (not counted) and then
/// <c>runs</c> timed builds each. The generator runs as the site's build script runs it:
/// published ReadyToRun (once, before the runs). Every timed build writes into a new, empty
/// output folder, flushed to disk (sync) outside the timed region. No output is deleted until
/// the very end: on this disk (ext4 without a journal) files created in the minutes after many
/// others were deleted cost several times more, and that must not be charged to either side.
/// Reports median wall and CPU time, peak resident memory, HTML files written, the ratios
/// generator/Hugo, and the generator's own stage timings (<c>build --timings</c>); then times
/// the everyday rebuilds with the build cache, as ratios to Hugo's full build: nothing changed,
/// a paragraph edit and a front-matter edit, each into the last full build's folder. The machine may be shared: before each run it waits (a while) for
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

        var cli = GeneratorPublish.Run(repoRoot);
        if (cli is null) return 1;
        var hugoSite = Path.Combine(repoRoot, "tests", "Generator.Benchmarks", "hugo-site");
        Console.WriteLine($"hugo: {hugoVersion}");
        Console.WriteLine($"generator: {cli} (published ReadyToRun, as .ci/build-site.sh runs it)");
        var summaries = new List<string>();
        var roots = new List<string>();
        foreach (var groups in groupCounts)
        {
            var summary = RunSize(groups, runs, cli, themeDirectory, hugoSite, roots, cancellationToken);
            if (summary is null) return 1;
            summaries.Add(summary);
        }

        if (!keep)
        {
            roots.ForEach(root => Directory.Delete(root, recursive: true));
        }

        Console.WriteLine();
        foreach (var line in summaries)
        {
            Console.WriteLine(line);
        }

        return 0;
    }

    private static string? RunSize(int groups, int runs, string cli, string themeDirectory, string hugoSite, List<string> roots, CancellationToken cancellationToken)
    {
        var root = Path.Combine(Path.GetTempPath(), $"generator-hugo-{groups}");
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        roots.Add(root);
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
            new("generator", output => (cli,
                ["build", "--input", input, "--theme", themeDirectory, "--output", output, "--timings"])),
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
                    // A warm-up only warms; a disturbed timed run is done again (into a new folder), and the least disturbed kept.
                    Sync();
                    if (!(run > 0 && result.Disturbed && attempt < MaxRetries)) break;
                    output += "-again";
                }

                if (run > 0) results[side.Name].Add(kept!);
            }
        }

        var generator = results["generator"];
        var hugo = results["Hugo"];
        Console.WriteLine();
        HugoReport.Table(generator, hugo);
        HugoReport.Stages(generator);
        var rebuilds = CachedBuilds(sides[0], Path.Combine(root, $"out-generator-{runs}"), root, input, runs, cancellationToken);
        if (rebuilds is null) return null;
        HugoReport.Rebuilds(rebuilds, hugo);
        return HugoReport.Summary(groups, corpus.Documents, generator, hugo, rebuilds);
    }

    /// <summary>
    /// The everyday cases, each a new process with the build cache the last full build left
    /// (<c>.cache</c> beside the output folder), into that build's folder, <paramref name="runs"/>
    /// times: nothing changed (must write and delete nothing), one paragraph added to a
    /// document's body, and one document's title changed in its front matter.
    /// </summary>
    private static Dictionary<string, List<SideRun>>? CachedBuilds(Side generator, string output, string root, string input, int runs, CancellationToken cancellationToken)
    {
        var documents = Directory.GetFiles(Path.Combine(input, "content"), "*.en.md", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith('_')).Order(StringComparer.Ordinal).ToList();
        var (body, title) = (documents[documents.Count / 3], documents[2 * documents.Count / 3]);
        var scenarios = new (string Name, Action<int> Edit)[]
        {
            (NoChange, _ => { }),
            (ParagraphEdit, run => File.AppendAllText(body, $"\nA paragraph the benchmark added, run {run}.\n")),
            (FrontMatterEdit, run => File.WriteAllText(title, TitleLine().Replace(File.ReadAllText(title), $"title: \"Edited {run}\"", 1))),
        };
        var results = scenarios.ToDictionary(s => s.Name, _ => new List<SideRun>());
        for (var run = 1; run <= runs; run++)
        {
            foreach (var (name, edit) in scenarios)
            {
                edit(run);
                Sync();
                var result = Measure(generator, output, root, $"{name} {run}", cancellationToken);
                if (result is null) return null;
                if (name == NoChange && !result.Measured.Stdout.Contains("(0 written, 0 deleted)", StringComparison.Ordinal))
                {
                    Console.Error.WriteLine($"a rebuild with nothing changed wrote or deleted files:\n{result.Measured.Stdout}");
                    return null;
                }

                results[name].Add(result);
            }
        }

        return results;
    }

    public const string NoChange = "no change";
    public const string ParagraphEdit = "paragraph edit";
    public const string FrontMatterEdit = "front-matter edit";

    [GeneratedRegex(@"^title: .*$", RegexOptions.Multiline)]
    private static partial Regex TitleLine();

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
