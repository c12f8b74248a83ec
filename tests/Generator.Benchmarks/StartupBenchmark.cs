using System.Globalization;

namespace Generator.Benchmarks;

/// <summary>
/// Start-up: the real site (<c>input/</c> with <c>theme/</c>) built by the published generator,
/// timed from process start to exit, <c>runs</c> times each way: as it is (with its Pagefind
/// search index, Pagefind's native program run as the build's last step) and from a copy of
/// <c>input/</c> outside the repository, where Pagefind is not installed (the build warns and
/// makes no index). Every build writes into a new folder. Prints each run and the medians.
/// </summary>
public static class StartupBenchmark
{
    public static int Run(int runs, string repoRoot)
    {
        var cli = GeneratorPublish.Run(repoRoot);
        if (cli is null) return 1;
        var root = Path.Combine(Path.GetTempPath(), "generator-startup");
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        var copy = Path.Combine(root, "input");
        CopyDirectory(Path.Combine(repoRoot, "input"), copy);
        var theme = Path.Combine(repoRoot, "theme");
        var ways = new (string Name, string Input)[] { ("with search index", Path.Combine(repoRoot, "input")), ("without search index", copy) };
        var walls = ways.ToDictionary(w => w.Name, _ => new List<double>());
        for (var run = 0; run <= runs; run++)
        {
            foreach (var (name, input) in ways)
            {
                var output = Path.Combine(root, $"out-{run}-{walls[name].Count}-{(input == copy ? "plain" : "search")}");
                var measured = ChildMeter.Run(cli, ["build", "--input", input, "--theme", theme, "--output", output], repoRoot, CancellationToken.None);
                if (measured.ExitCode != 0)
                {
                    Console.Error.WriteLine($"the build failed:\n{measured.Stdout}\n{measured.Stderr}");
                    return 1;
                }

                var label = run == 0 ? "warm-up" : $"run {run}";
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {label,-8} {name,-22} {measured.WallSeconds,6:F2} s wall {measured.CpuSeconds,6:F2} s CPU {measured.PeakRssMiB,5:F0} MiB peak"));
                if (run > 0) walls[name].Add(measured.WallSeconds);
            }
        }

        Directory.Delete(root, recursive: true);
        Console.WriteLine();
        foreach (var (name, values) in walls)
        {
            var sorted = values.Order().ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"real site, {name}: median {sorted[sorted.Count / 2]:F2} s, min {sorted[0]:F2} s, max {sorted[^1]:F2} s from process start to exit ({runs} runs)"));
        }

        return 0;
    }

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
