using System.CommandLine;
using Generator.Authoring;
using Generator.IO;

namespace Generator.Cli.Commands;

/// <summary>
/// <c>new &lt;section-or-type&gt; "&lt;title&gt;" [--lang en,fr,nl]</c>: creates a document in each
/// language asked for (the default language otherwise), with every field and relation its type
/// declares (or from the type's archetype), and prints each file with the URL it will have. It
/// never overwrites a file (exit code 1); an unknown section, type or language is a command-line
/// mistake (exit code 2, with a did-you-mean).
/// </summary>
public static class NewCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, IFileSystem fileSystem, IClock clock)
    {
        var site = new SiteOptions(fileSystem);
        var type = new Argument<string>("section-or-type") { Description = "A section (guidelines, news…) or a page type (guideline, event…), as site.yml declares them." };
        var title = new Argument<string>("title") { Description = "The document's title; the file name is made from it." };
        var languages = new Option<string?>("--lang") { Description = "Comma-separated languages to create, e.g. en,fr,nl (default: the site's default language)." };
        var command = new Command("new", "Create a new draft document with every field of its type, in one or more languages.") { type, title, languages };
        site.AddTo(command);
        command.SetAction(parse =>
        {
            var input = parse.GetValue(site.Input)!;
            if (SiteConfigFile.Load(fileSystem, clock, input, stderr) is not { } config)
            {
                return CliApp.ContentErrors;
            }

            var wanted = parse.GetValue(languages)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [config.DefaultLanguage];
            var (files, problem) = new DocumentScaffolder(fileSystem, clock).Plan(config, input, parse.GetValue(site.Theme)!, parse.GetValue(type)!, parse.GetValue(title)!, wanted);
            if (problem is not null)
            {
                return Report(problem, stderr);
            }

            foreach (var file in files)
            {
                fileSystem.CreateDirectory(Path.GetDirectoryName(file.Path)!);
                try
                {
                    fileSystem.CreateFile(file.Path, System.Text.Encoding.UTF8.GetBytes(file.Text));
                }
                catch (IOException) when (fileSystem.FileExists(file.Path))
                {
                    return Report(new ScaffoldProblem($"{file.Path} was created meanwhile, and 'new' never overwrites a file", "edit the existing file, or choose another title", IsUsage: false), stderr);
                }

                stdout.WriteLine($"{file.Path} -> {file.Url}");
            }

            return CliApp.Success;
        });
        return command;
    }

    private static int Report(ScaffoldProblem problem, TextWriter stderr)
    {
        stderr.WriteLine("error: " + problem.Message);
        if (problem.Hint is not null)
        {
            stderr.WriteLine("    hint: " + problem.Hint);
        }

        if (!problem.IsUsage)
        {
            return CliApp.ContentErrors;
        }

        stderr.WriteLine($"Run '{CliApp.ProgramName} new --help' for usage and examples.");
        return CliApp.UsageError;
    }
}
