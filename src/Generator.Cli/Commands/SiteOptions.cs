using System.CommandLine;
using Generator.IO;

namespace Generator.Cli.Commands;

/// <summary>
/// The options every site command shares: where the input and the theme are (each must be a
/// folder). The theme is <c>theme/</c> when the current folder has one (the repository, or a site
/// with a theme of its own), else the theme that comes with the program (<see cref="ShippedTheme"/>).
/// </summary>
public sealed class SiteOptions
{
    public SiteOptions(IFileSystem fileSystem)
    {
        Theme = new("--theme")
        {
            Description = $"Folder with layouts/, i18n/ and static/; by default theme/ when the current folder has one, else the theme that comes with {CliApp.ProgramName}.",
            DefaultValueFactory = _ => DefaultTheme(fileSystem),
        };
        Input.Validators.Add(result => MustBeFolder(fileSystem, result, "--input", "site.yml, content/ and static/"));
        Theme.Validators.Add(result => MustBeFolder(fileSystem, result, "--theme", "layouts/, i18n/ and static/"));
    }

    /// <summary>The theme that comes with the program: <c>theme/</c> next to its executable (copied there by its build, and packed into the tool).</summary>
    public static string ShippedTheme { get; } = Path.Combine(AppContext.BaseDirectory, "theme");

    public Option<string> Input { get; } = new("--input") { Description = "Folder with site.yml, content/ and static/.", DefaultValueFactory = _ => "input" };

    public Option<string> Theme { get; }

    /// <summary>
    /// <c>theme</c> when the current folder (<paramref name="currentDirectory"/>) has one, else
    /// <paramref name="shipped"/> (<see cref="ShippedTheme"/>) when it exists, else <c>theme</c>
    /// all the same, which the option's validator then reports as not found.
    /// </summary>
    public static string DefaultTheme(IFileSystem fileSystem, string currentDirectory = "", string? shipped = null)
    {
        shipped ??= ShippedTheme;
        var local = Path.Combine(currentDirectory, "theme");
        return !fileSystem.DirectoryExists(local) && fileSystem.DirectoryExists(shipped) ? shipped : local;
    }

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
