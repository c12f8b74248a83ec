using System.Diagnostics;
using System.Globalization;

namespace Generator.Benchmarks;

/// <summary>
/// How much CPU time other programs take on a shared machine, from Linux's /proc: the user and
/// system time of every process but this one and the kernel's own threads, children reaped
/// included. A benchmark measures it around a timed run (its child, reaped by this process,
/// does not count) and can wait for a quiet moment before one. Kernel threads are left out on
/// purpose: the writeback of a run's own files happens there and must not count as disturbance.
/// Empty where /proc is missing.
/// </summary>
public static class SystemLoad
{
    /// <summary>Clock ticks per second of /proc (USER_HZ), 100 on every Linux platform .NET runs on.</summary>
    private const double TicksPerSecond = 100;

    /// <summary>Per process id: CPU seconds so far (its own and its reaped children's).</summary>
    public static Dictionary<int, double> Snapshot()
    {
        var self = Environment.ProcessId;
        var cpu = new Dictionary<int, double>();
        if (!Directory.Exists("/proc")) return cpu;
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || pid == self) continue;
            try
            {
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                // "pid (comm) state ppid ... utime stime cutime cstime": fields after the command name.
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                var ppid = int.Parse(fields[1], CultureInfo.InvariantCulture);
                if (pid == 2 || ppid == 2) continue;
                cpu[pid] = (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)
                    + long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture)) / TicksPerSecond;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
            {
                // Gone meanwhile, or not readable.
            }
        }

        return cpu;
    }

    /// <summary>
    /// CPU seconds other processes used between two snapshots: those alive at both by their
    /// growth, new ones by all they used. (One that ended meanwhile counts through the parent
    /// that reaped it, if that parent was there at both.)
    /// </summary>
    public static double Between(Dictionary<int, double> before, Dictionary<int, double> after) =>
        after.Sum(p => before.TryGetValue(p.Key, out var earlier) ? Math.Max(0, p.Value - earlier) : p.Value);

    /// <summary>
    /// Waits until other processes have used under <paramref name="maxCores"/> cores for one
    /// second, or until <paramref name="patience"/> has passed; returns how long it waited and
    /// whether it found quiet.
    /// </summary>
    public static (TimeSpan Waited, bool Quiet) WaitForQuiet(double maxCores, TimeSpan patience, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var before = Snapshot();
            var window = Stopwatch.StartNew();
            cancellationToken.WaitHandle.WaitOne(TimeSpan.FromSeconds(1));
            cancellationToken.ThrowIfCancellationRequested();
            var after = Snapshot();
            if (after.Count == 0 || Between(before, after) / window.Elapsed.TotalSeconds < maxCores) return (clock.Elapsed, true);
            if (clock.Elapsed >= patience) return (clock.Elapsed, false);
        }
    }
}
