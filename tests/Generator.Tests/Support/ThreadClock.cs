using System.Diagnostics;
using System.Globalization;

namespace Generator.Tests.Support;

/// <summary>
/// The processor time the calling thread has used (Linux's /proc; elsewhere the process's, a
/// looser bound). Timing tests measure it rather than wall time, which a busy machine stretches.
/// </summary>
public static class ThreadClock
{
    public static TimeSpan Now()
    {
        const string stat = "/proc/thread-self/stat";
        if (!File.Exists(stat))
        {
            return Process.GetCurrentProcess().TotalProcessorTime;
        }

        // Fields after the command name (which ends with ')'): the state is the 3rd, utime the 14th, stime the 15th.
        var text = File.ReadAllText(stat);
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / 100.0);
    }
}
