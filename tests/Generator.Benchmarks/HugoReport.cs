using System.Globalization;

namespace Generator.Benchmarks;

/// <summary>One measured build of one side, with what it wrote and what it reported.</summary>
internal sealed record SideRun(ChildMeasurement Measured, OutputCount Output, double? OwnSeconds, IReadOnlyList<(string Stage, double Ms)> Stages, double OtherCpu)
{
    /// <summary>Whether other programs took a real share of the cores during the run: more than half a second plus 5% of its wall time.</summary>
    public bool Disturbed => OtherCpu > 0.5 + 0.05 * Measured.WallSeconds;
}

/// <summary>The tables and the summary line <see cref="HugoComparison"/> prints.</summary>
internal static class HugoReport
{
    public static void Table(List<SideRun> generator, List<SideRun> hugo)
    {
        Console.WriteLine($"  {"",-30} {"generator",14} {"Hugo",14} {"generator/Hugo",15}");
        Console.WriteLine($"  {new string('-', 30)} {new string('-', 14)} {new string('-', 14)} {new string('-', 15)}");
        Row("wall time, median", Median(generator, r => r.Measured.WallSeconds), Median(hugo, r => r.Measured.WallSeconds), "s", "F2");
        Row("wall time, min", generator.Min(r => r.Measured.WallSeconds), hugo.Min(r => r.Measured.WallSeconds), "s", "F2");
        Row("CPU time (user+sys), median", Median(generator, r => r.Measured.CpuSeconds), Median(hugo, r => r.Measured.CpuSeconds), "s", "F2");
        Row("peak resident memory, max", generator.Max(r => r.Measured.PeakRssMiB), hugo.Max(r => r.Measured.PeakRssMiB), "MiB", "F0");
        Row("CPU of other processes, max", generator.Max(r => r.OtherCpu), hugo.Max(r => r.OtherCpu), "s", "F1", ratio: false);
        Row("own build time, median", Median(generator, r => r.OwnSeconds ?? double.NaN), Median(hugo, r => r.OwnSeconds ?? double.NaN), "s", "F2");
        Row("HTML files written", generator[^1].Output.Html, hugo[^1].Output.Html, "", "F0");
        Row("all files written", generator[^1].Output.Files, hugo[^1].Output.Files, "", "F0");
        Console.WriteLine($"  HTML per folder, generator: {generator[^1].Output.PerLanguage}");
        Console.WriteLine($"  HTML per folder, Hugo:      {hugo[^1].Output.PerLanguage}");
        Console.WriteLine("  (own build time: the generator's \"Built ... in\", Hugo's \"Total in\"; wall time adds process start and exit.");
        Console.WriteLine("   CPU of other processes: what other programs (not kernel threads) used during a run; past 0.5 s + 5% of the wall time");
        Console.WriteLine($"   the run counts as disturbed and is done again, up to twice, keeping the least disturbed; kept disturbed: {Disturbed(generator.Concat(hugo))})");
    }

    public static void Stages(List<SideRun> generator)
    {
        var wallMs = Median(generator, r => r.Measured.WallSeconds) * 1000;
        Console.WriteLine();
        Console.WriteLine($"  {"generator stage (--timings)",-30} {"median ms",10} {"of wall",8}");
        Console.WriteLine($"  {new string('-', 30)} {new string('-', 10)} {new string('-', 8)}");
        foreach (var stage in generator.SelectMany(r => r.Stages.Select(s => s.Stage)).Distinct())
        {
            var ms = Median(generator, r => r.Stages.Where(s => s.Stage == stage).Sum(s => s.Ms));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {stage,-30} {ms,10:F0} {ms / wallMs,8:P0}"));
        }

        // Process start, runtime start-up and exit: per run, the wall time the stages do not cover.
        var outside = Median(generator, r => r.Measured.WallSeconds * 1000 - r.Stages.Sum(s => s.Ms));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"(outside stages: start, exit)",-30} {outside,10:F0} {outside / wallMs,8:P0}"));
    }

    /// <summary>The rebuilds with the build cache, each against Hugo's full build.</summary>
    public static void Rebuilds(Dictionary<string, List<SideRun>> rebuilds, List<SideRun> hugo)
    {
        var hugoWall = Median(hugo, r => r.Measured.WallSeconds);
        Console.WriteLine();
        Console.WriteLine($"  {"with the build cache",-30} {"wall, median",14} {"CPU, median",14} {"peak",10} {"x Hugo full",12}");
        Console.WriteLine($"  {new string('-', 30)} {new string('-', 14)} {new string('-', 14)} {new string('-', 10)} {new string('-', 12)}");
        foreach (var (name, runs) in rebuilds)
        {
            var wall = Median(runs, r => r.Measured.WallSeconds);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {name,-30} {wall,12:F2} s {Median(runs, r => r.Measured.CpuSeconds),12:F2} s {runs.Max(r => r.Measured.PeakRssMiB),6:F0} MiB {wall / hugoWall,12:F3}"));
        }
    }

    public static string Summary(int groups, int documents, List<SideRun> generator, List<SideRun> hugo, Dictionary<string, List<SideRun>> rebuilds)
    {
        string Side(List<SideRun> runs) => string.Create(CultureInfo.InvariantCulture,
            $"wall {Median(runs, r => r.Measured.WallSeconds):F2}s cpu {Median(runs, r => r.Measured.CpuSeconds):F2}s " +
            $"rss {runs.Max(r => r.Measured.PeakRssMiB):F0}MiB html {runs[^1].Output.Html}");
        var hugoWall = Median(hugo, r => r.Measured.WallSeconds);
        var wall = Median(generator, r => r.Measured.WallSeconds) / hugoWall;
        var cpu = Median(generator, r => r.Measured.CpuSeconds) / Median(hugo, r => r.Measured.CpuSeconds);
        var rss = generator.Max(r => r.Measured.PeakRssMiB) / hugo.Max(r => r.Measured.PeakRssMiB);
        var cached = string.Join(", ", rebuilds.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} {Median(p.Value, r => r.Measured.WallSeconds):F2}s ({Median(p.Value, r => r.Measured.WallSeconds) / hugoWall:F3}x)")));
        return string.Create(CultureInfo.InvariantCulture,
            $"groups={groups} docs={documents} runs={generator.Count} | generator: {Side(generator)} | hugo: {Side(hugo)} | generator/hugo: wall {wall:F2} cpu {cpu:F2} rss {rss:F2} | with the cache: {cached} | disturbed {Disturbed(generator.Concat(hugo))}");
    }

    private static string Disturbed(IEnumerable<SideRun> runs) => $"{runs.Count(r => r.Disturbed)}/{runs.Count()}";

    private static void Row(string label, double generator, double hugo, string unit, string format, bool ratio = true)
    {
        string Cell(double value) => double.IsNaN(value) ? "-" : (value.ToString(format, CultureInfo.InvariantCulture) + (unit.Length > 0 ? " " + unit : ""));
        var quotient = !ratio || double.IsNaN(generator) || double.IsNaN(hugo) || hugo == 0 ? "-" : (generator / hugo).ToString("F2", CultureInfo.InvariantCulture);
        Console.WriteLine($"  {label,-30} {Cell(generator),14} {Cell(hugo),14} {quotient,15}");
    }

    private static double Median(List<SideRun> runs, Func<SideRun, double> value)
    {
        var sorted = runs.Select(value).Order().ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
