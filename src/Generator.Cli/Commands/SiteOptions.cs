using System.CommandLine;

namespace Generator.Cli.Commands;

/// <summary>The options every site command shares: where the input and the theme are.</summary>
public sealed class SiteOptions
{
    public Option<string> Input { get; } = new("--input") { Description = "Folder with site.yml, content/ and static/.", DefaultValueFactory = _ => "input" };

    public Option<string> Theme { get; } = new("--theme") { Description = "Folder with layouts/, i18n/ and static/.", DefaultValueFactory = _ => "theme" };

    public void AddTo(Command command)
    {
        command.Options.Add(Input);
        command.Options.Add(Theme);
    }
}
