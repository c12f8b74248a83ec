using Generator.Cli;
using Generator.IO;
using Generator.Tests.Support;

namespace Generator.Tests.Fuzzing;

/// <summary>One command of the generator run in process, as a user runs it, with its exit code and what it printed.</summary>
public sealed record CommandRun(string Command, int ExitCode, string Stdout, string Stderr)
{
    /// <summary>How long a command on a small generated site may take before it counts as a hang.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>Runs <c>generator args</c>; an exception that escapes or a run past <see cref="Patience"/> breaks the property.</summary>
    public static CommandRun Start(params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        using var cancellation = new CancellationTokenSource(Patience);
        var command = string.Join(' ', args.Take(1));
        var run = Task.Run(() => CliApp.RunAsync(args, stdout, stderr, new PhysicalFileSystem(), new FixedClock(TestBuild.Now), cancellation.Token));
        try
        {
            if (!run.Wait(Patience + TimeSpan.FromSeconds(10)) || cancellation.IsCancellationRequested)
            {
                throw new FuzzPropertyException($"{command} did not finish within {Patience.TotalSeconds:0} s (a hang)");
            }
        }
        catch (AggregateException ex)
        {
            throw new FuzzPropertyException($"an exception escaped from {command}: {ex.InnerException}\nstderr:\n{stderr}");
        }

        return new CommandRun(command, run.Result, stdout.ToString(), stderr.ToString());
    }

    public override string ToString() => $"{Command} exited with {ExitCode}\nstdout:\n{Cut(Stdout)}\nstderr:\n{Cut(Stderr)}";

    private static string Cut(string text) => text.Length > 4000 ? text[..4000] + "..." : text;
}
