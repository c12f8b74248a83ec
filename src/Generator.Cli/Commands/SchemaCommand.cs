using System.CommandLine;
using Generator.EditorSchemas;
using Generator.IO;

namespace Generator.Cli.Commands;

/// <summary>
/// <c>schema [--input DIR] [--output DIR] [--settings FILE] [--no-settings]</c>: writes a JSON
/// Schema of the front matter of each page type of site.yml's content model into the output
/// folder (<c>.vscode/schemas/</c>), and maps each to its content files in the <c>yaml.schemas</c>
/// of VS Code's settings (<c>.vscode/settings.json</c>); prints the files written. Exit 1 when
/// site.yml has errors or the settings file cannot be read as JSON.
/// </summary>
public static class SchemaCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, IFileSystem fileSystem, IClock clock)
    {
        var site = new SiteOptions(fileSystem);
        var output = new Option<string>("--output") { Description = "Folder to write the schemas to.", DefaultValueFactory = _ => ".vscode/schemas" };
        var settings = new Option<string>("--settings") { Description = "VS Code settings file whose yaml.schemas maps each schema to its content files.", DefaultValueFactory = _ => ".vscode/settings.json" };
        var noSettings = new Option<bool>("--no-settings") { Description = "Write the schemas only, leaving the settings file alone." };
        var command = new Command("schema", "Write a JSON Schema of each page type's front matter, for editors.") { output, settings, noSettings };
        command.Options.Add(site.Input);
        output.Validators.Add(result => NotAFile(fileSystem, result, "--output"));
        settings.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && fileSystem.DirectoryExists(result.GetValueOrDefault<string>()))
            {
                result.AddError($"--settings '{result.GetValueOrDefault<string>()}' is a folder: it should be a settings file, e.g. .vscode/settings.json");
            }
        });
        command.SetAction(parse =>
        {
            var input = parse.GetValue(site.Input)!;
            if (SiteConfigFile.LoadReportingAll(fileSystem, clock, input, stderr) is not { } config)
            {
                return CliApp.ContentErrors;
            }

            var settingsPath = parse.GetValue(noSettings) ? null : parse.GetValue(settings)!;
            var existing = settingsPath is not null && fileSystem.FileExists(settingsPath) ? fileSystem.ReadAllBytes(settingsPath) : null;
            var text = existing is null ? null : Content.TextDecoder.Decode(existing);
            var (files, problem) = existing is not null && text is null
                ? ([], $"{settingsPath} cannot be updated: it is not valid UTF-8")
                : EditorSchemaPlan.Make(config, input, parse.GetValue(output)!, settingsPath, text);
            if (problem is not null)
            {
                stderr.WriteLine("error: " + problem);
                stderr.WriteLine("hint: fix it, or pass --no-settings to write the schemas only");
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

    private static void NotAFile(IFileSystem fileSystem, System.CommandLine.Parsing.OptionResult result, string name)
    {
        if (result.Tokens.Count > 0 && fileSystem.FileExists(result.GetValueOrDefault<string>()))
        {
            result.AddError($"{name} '{result.GetValueOrDefault<string>()}' is a file: it should be the folder to write the schemas to");
        }
    }
}
