using System.CommandLine;
using Generator.Cli.Commands;
using Generator.IO;

namespace Generator.Cli;

/// <summary>
/// The command line: a thin shell over the engine. Exit codes: 0 success, 1 the content has
/// errors, 2 the command line is wrong.
/// </summary>
public static class CliApp
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int UsageError = 2;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, IFileSystem fileSystem, IClock clock, CancellationToken cancellationToken)
    {
        var root = new RootCommand("Builds the multilingual policy-publication site from Markdown and Scriban templates.")
        {
            BuildCommand.Create(stdout, stderr, fileSystem, clock),
            CheckCommand.Create(stdout, fileSystem, clock, () => ReferenceEquals(stdout, Console.Out) && UseColour()),
            NewCommand.Create(stdout, stderr, fileSystem, clock),
            TranslationsCommand.Create(stdout, stderr, fileSystem, clock),
            ServeCommand.Create(stdout, fileSystem, clock),
        };

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await stderr.WriteLineAsync($"error: {error.Message}");
            }

            await stderr.WriteLineAsync("Run 'generator --help' for usage.");
            return UsageError;
        }

        return await parse.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr }, cancellationToken);
    }

    /// <summary>Colour only on an interactive terminal, never in CI or with NO_COLOR set.</summary>
    private static bool UseColour() =>
        !Console.IsOutputRedirected
        && Environment.GetEnvironmentVariable("NO_COLOR") is null
        && Environment.GetEnvironmentVariable("CI") is null;
}
