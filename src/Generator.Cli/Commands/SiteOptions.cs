using System.CommandLine;
using Generator.IO;

namespace Generator.Cli.Commands;

/// <summary>The options every site command shares: where the input and the theme are (each must be a folder).</summary>
public sealed class SiteOptions
{
    public SiteOptions(IFileSystem fileSystem)
    {
        Input.Validators.Add(result => MustBeFolder(fileSystem, result, "--input", "site.yml, content/ and static/"));
        Theme.Validators.Add(result => MustBeFolder(fileSystem, result, "--theme", "layouts/, i18n/ and static/"));
    }

    public Option<string> Input { get; } = new("--input") { Description = "Folder with site.yml, content/ and static/.", DefaultValueFactory = _ => "input" };

    public Option<string> Theme { get; } = new("--theme") { Description = "Folder with layouts/, i18n/ and static/.", DefaultValueFactory = _ => "theme" };

    public void AddTo(Command command)
    {
        command.Options.Add(Input);
        command.Options.Add(Theme);
    }

    private static void MustBeFolder(IFileSystem fileSystem, System.CommandLine.Parsing.OptionResult result, string name, string holds)
    {
        if (!result.Implicit && result.Tokens.Count == 0)
        {
            return; // no value given: the parser says so
        }

        var value = result.GetValueOrDefault<string>();
        if (string.IsNullOrWhiteSpace(value) || !fileSystem.DirectoryExists(value))
        {
            var what = fileSystem.FileExists(value ?? string.Empty) ? "a file, not a folder" : "not found";
            result.AddError($"{name} '{value}' is {what}: it should be the folder with {holds}"
                + (result.Implicit ? $" (run from the site's folder, or pass {name})" : string.Empty));
        }
    }
}
