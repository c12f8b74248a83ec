using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Reflection;
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

    /// <summary>
    /// The program's name in its help, its messages and <c>--version</c>: the tool's command name
    /// (<c>ToolCommandName</c> in Generator.Cli.csproj), however it is started (the installed tool,
    /// the published program, <c>dotnet run</c> or the tests).
    /// </summary>
    public static string ProgramName { get; } = Metadata("ToolCommandName") ?? "triglot";

    /// <summary>The version (<c>Version</c> in Generator.Cli.csproj).</summary>
    public static string Version { get; } =
        typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(CliApp).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

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
        // A command of the program's name rather than System.CommandLine's RootCommand, which takes
        // its name from the executable's file (Generator.Cli, or testhost under the tests).
        var root = new Command(ProgramName, "Builds multilingual policy-publication sites from Markdown and Scriban templates.")
        {
            new HelpOption(),
            new VersionOption { Action = new PrintVersion() },
            InitCommand.Create(stdout, stderr, fileSystem, clock),
            BuildCommand.Create(stdout, stderr, fileSystem, clock),
            CheckCommand.Create(stdout, fileSystem, clock, () => ReferenceEquals(stdout, Console.Out) && UseColour()),
            NewCommand.Create(stdout, stderr, fileSystem, clock),
            TranslationsCommand.Create(stdout, stderr, fileSystem, clock),
            ServeCommand.Create(stdout, fileSystem, clock),
            SchemaCommand.Create(stdout, stderr, fileSystem, clock),
        };

        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new HelpWithExamples((SynchronousCommandLineAction)help.Action!, ProgramName);

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

            var command = ReferenceEquals(parse.CommandResult.Command, root) ? string.Empty : " " + parse.CommandResult.Command.Name;
            await stderr.WriteLineAsync($"Run '{ProgramName}{command} --help' for usage and examples.");
            return UsageError;
        }

        return await parse.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false }, cancellationToken);
    }

    private static string? Metadata(string key) =>
        typeof(CliApp).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value is { Length: > 0 } value ? value : null;

    /// <summary><c>--version</c>: the program's name and version, e.g. <c>triglot 0.1.0</c>.</summary>
    private sealed class PrintVersion : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine($"{ProgramName} {Version}");
            return Success;
        }
    }

    /// <summary>Colour only on an interactive terminal, never in CI or with NO_COLOR set.</summary>
    private static bool UseColour() =>
        !Console.IsOutputRedirected
        && Environment.GetEnvironmentVariable("NO_COLOR") is null
        && Environment.GetEnvironmentVariable("CI") is null;
}
