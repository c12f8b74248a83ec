using System.CommandLine;
using Generator.Cli.Commands;
using Generator.IO;

namespace Generator.Cli;

/// <summary>
/// The command line: a thin shell over the engine. Exit codes: 0 success, 1 the content has
/// errors, 2 the command line is wrong, 3 an internal error (a bug in the generator).
/// </summary>
public static class CliApp
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int UsageError = 2;
    public const int InternalError = 3;

    /// <summary>The program's name as the user invokes it (<c>Generator.Cli</c>, or the tool's command name).</summary>
    public static string ProgramName { get; } = RootCommand.ExecutableName;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, IFileSystem fileSystem, IClock clock, CancellationToken cancellationToken)
    {
        try
        {
            return await Run(args, stdout, stderr, fileSystem, clock, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await stderr.WriteLineAsync($"{ProgramName}: internal error: {ex.GetType().Name}: {ex.Message}");
            await stderr.WriteLineAsync("This is a bug in the generator, not in your files: please report it with the command you ran.");
            return InternalError;
        }
    }

    /// <summary>The exit code for a finished command: 3 when a bug was met, 1 for errors, else 0.</summary>
    public static int ExitCode(IEnumerable<Diagnostics.Diagnostic> diagnostics, bool failOnWarnings = false)
    {
        var all = diagnostics.ToList();
        return all.Any(d => d.Code == Diagnostics.DiagnosticCodes.InternalError) ? InternalError
            : all.Any(d => d.IsError) || (failOnWarnings && all.Count > 0) ? ContentErrors
            : Success;
    }

    private static async Task<int> Run(string[] args, TextWriter stdout, TextWriter stderr, IFileSystem fileSystem, IClock clock, CancellationToken cancellationToken)
    {
        var root = new RootCommand("Builds the multilingual policy-publication site from Markdown and Scriban templates.")
        {
            BuildCommand.Create(stdout, stderr, fileSystem, clock),
            CheckCommand.Create(stdout, fileSystem, clock, () => ReferenceEquals(stdout, Console.Out) && UseColour()),
            NewCommand.Create(stdout, stderr, fileSystem, clock),
            TranslationsCommand.Create(stdout, stderr, fileSystem, clock),
            ServeCommand.Create(stdout, fileSystem, clock),
            SchemaCommand.Create(stdout, stderr, fileSystem, clock),
        };

        var help = root.Options.OfType<System.CommandLine.Help.HelpOption>().Single();
        help.Action = new HelpWithExamples((System.CommandLine.Invocation.SynchronousCommandLineAction)help.Action!, ProgramName);

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0 && parse.Action is not HelpWithExamples)
        {
            var unknown = UsageHints.UnknownCommand(root, args);
            foreach (var error in unknown is null ? parse.Errors.Select(e => e.Message).Distinct() : [unknown])
            {
                await stderr.WriteLineAsync($"error: {error}");
            }

            if (UsageHints.Suggest(root, parse, args) is { } suggestion)
            {
                await stderr.WriteLineAsync(suggestion);
            }

            var command = parse.CommandResult.Command is RootCommand ? string.Empty : " " + parse.CommandResult.Command.Name;
            await stderr.WriteLineAsync($"Run '{ProgramName}{command} --help' for usage and examples.");
            return UsageError;
        }

        return await parse.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false }, cancellationToken);
    }

    /// <summary>Colour only on an interactive terminal, never in CI or with NO_COLOR set.</summary>
    private static bool UseColour() =>
        !Console.IsOutputRedirected
        && Environment.GetEnvironmentVariable("NO_COLOR") is null
        && Environment.GetEnvironmentVariable("CI") is null;
}
