using System.Diagnostics;
using System.Globalization;

namespace Generator.Benchmarks;

/// <summary>
/// How busy the whole machine is, from Linux's /proc/stat: the CPU seconds all processes spent
/// (user, nice, system, irq, softirq, steal). A benchmark on a shared machine subtracts its
/// child's own CPU time from this to see how much else ran beside it, and can wait for a quiet
/// moment before a timed run. Null where /proc/stat is missing.
/// </summary>
public static class SystemLoad
{
    /// <summary>Clock ticks per second of /proc/stat (USER_HZ), 100 on every Linux platform .NET runs on.</summary>
    private const double TicksPerSecond = 100;

    public static double? BusySeconds()
    {
        try
        {
            using var reader = new StreamReader("/proc/stat");
            var line = reader.ReadLine();
            if (line is null || !line.StartsWith("cpu ", StringComparison.Ordinal)) return null;
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
                .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
            // user nice system idle iowait irq softirq steal (guest time is already in user).
            long Field(int i) => i < fields.Length ? fields[i] : 0;
            return (Field(0) + Field(1) + Field(2) + Field(5) + Field(6) + Field(7)) / TicksPerSecond;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// Waits until the machine has been nearly idle (under <paramref name="maxCores"/> cores busy)
    /// for one second, or until <paramref name="patience"/> has passed; returns how long it waited
    /// and whether it found quiet.
    /// </summary>
    public static (TimeSpan Waited, bool Quiet) WaitForQuiet(double maxCores, TimeSpan patience, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var before = BusySeconds();
            var window = Stopwatch.StartNew();
            cancellationToken.WaitHandle.WaitOne(TimeSpan.FromSeconds(1));
            cancellationToken.ThrowIfCancellationRequested();
            var after = BusySeconds();
            if (before is null || after is null) return (clock.Elapsed, true);
            if ((after.Value - before.Value) / window.Elapsed.TotalSeconds < maxCores) return (clock.Elapsed, true);
            if (clock.Elapsed >= patience) return (clock.Elapsed, false);
        }
    }
}
