using System.CommandLine;
using Generator.Authoring;
using Generator.Configuration;
using Generator.Diagnostics;
using Generator.IO;

namespace Generator.Cli.Commands;

/// <summary>
/// <c>new &lt;type&gt; "&lt;title&gt;" [--lang en,fr,nl]</c>: creates a document from the type's
/// archetype in each language asked for (the default language otherwise), prints the paths,
/// and refuses to overwrite.
/// </summary>
public static class NewCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, IFileSystem fileSystem, IClock clock)
    {
        var site = new SiteOptions(fileSystem);
        var type = new Argument<string>("type") { Description = "The page type, e.g. guideline, news, event (or a section name)." };
        var title = new Argument<string>("title") { Description = "The document's title; the file name is made from it." };
        var languages = new Option<string?>("--lang") { Description = "Comma-separated languages to create, e.g. en,fr,nl." };
        var command = new Command("new", "Create a new document from its type's archetype.") { type, title, languages };
        site.AddTo(command);
        command.SetAction(parse =>
        {
            var input = parse.GetValue(site.Input)!;
            if (SiteConfigFile.Load(fileSystem, input, stderr) is not { } config)
            {
                return CliApp.ContentErrors;
            }

            var wanted = parse.GetValue(languages)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [config.DefaultLanguage];
            var (files, problem) = new DocumentScaffolder(fileSystem, clock).Plan(config, input, parse.GetValue(site.Theme)!, parse.GetValue(type)!, parse.GetValue(title)!, wanted);
            if (problem is not null)
            {
                stderr.WriteLine("error: " + problem);
                return CliApp.ContentErrors;
            }

            foreach (var file in files)
            {
                fileSystem.WriteAllBytes(file.Path, System.Text.Encoding.UTF8.GetBytes(file.Text));
                stdout.WriteLine(file.Path);
            }

            return CliApp.Success;
        });
        return command;
    }
}
