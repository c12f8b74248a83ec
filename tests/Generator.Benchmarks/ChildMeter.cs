using System.Diagnostics;
using System.Globalization;

namespace Generator.Benchmarks;

/// <summary>What one measured child process took, and what it printed.</summary>
public sealed record ChildMeasurement(
    double WallSeconds, double UserSeconds, double SystemSeconds, double PeakRssMiB, int ExitCode, string Stdout, string Stderr)
{
    public double CpuSeconds => UserSeconds + SystemSeconds;
}

/// <summary>
/// Runs a command as a child process under GNU time (<c>/usr/bin/time</c>), which waits for it
/// with wait4 and so reports its own user and system CPU time and peak resident set size (.NET's
/// Process reaps its children itself, so their rusage is not available to the caller). The wall
/// time is taken around the whole child with a <see cref="Stopwatch"/>; GNU time's own cost
/// (one fork and exec) is a millisecond or two.
/// </summary>
public static class ChildMeter
{
    public const string GnuTime = "/usr/bin/time";

    private const string Marker = "childmeter";

    public static bool Available => File.Exists(GnuTime);

    public static ChildMeasurement Run(string fileName, IEnumerable<string> arguments, string workingDirectory, CancellationToken cancellationToken)
    {
        var report = Path.Combine(Path.GetTempPath(), $"childmeter-{Environment.ProcessId}-{Guid.NewGuid():N}.txt");
        var start = new ProcessStartInfo(GnuTime)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // %e wall, %U user, %S system, %M peak RSS in KiB; written to a file so the child's own
        // stderr stays apart.
        foreach (var argument in new[] { "-o", report, "-f", $"{Marker} %e %U %S %M", fileName }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            var clock = Stopwatch.StartNew();
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {GnuTime}");
            var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            using (cancellationToken.Register(() => Kill(process)))
            {
                process.WaitForExit();
            }

            clock.Stop();
            cancellationToken.ThrowIfCancellationRequested();
            var (user, system, peakKiB) = ParseReport(File.ReadAllText(report));
            return new ChildMeasurement(clock.Elapsed.TotalSeconds, user, system, peakKiB / 1024.0, process.ExitCode,
                stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
        }
        finally
        {
            File.Delete(report);
        }
    }

    /// <summary>
    /// Reads the line GNU time wrote; a child killed by a signal gets a "Command terminated by
    /// signal" line before it, and one that failed a "Command exited with non-zero status" line.
    /// </summary>
    private static (double User, double System, double PeakKiB) ParseReport(string text)
    {
        var line = text.Split('\n').LastOrDefault(l => l.StartsWith(Marker + " ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"no measurement from {GnuTime}: {text}");
        var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        double Field(int i) => double.Parse(fields[i], NumberStyles.Float, CultureInfo.InvariantCulture);
        return (Field(2), Field(3), Field(4));
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    /// <summary>Runs a command to completion, unmeasured (e.g. <c>sync</c>, <c>hugo version</c>); null if it cannot start.</summary>
    public static string? Capture(string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start);
            if (process is null) return null;
            var stdout = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return process.ExitCode == 0 ? stdout.GetAwaiter().GetResult().Trim() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
