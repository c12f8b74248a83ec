using System.Xml.Linq;
using Generator.Cli;
using Generator.Cli.Commands;
using Generator.IO;
using Generator.Tests.Support;

namespace Generator.Tests.Cli;

/// <summary>
/// The program as a .NET tool: it names itself by the tool's command name and version from the
/// project file, however it is started, and carries the project's theme, which is the default
/// where the current folder has no theme of its own.
/// </summary>
public sealed class ToolTests
{
    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var code = await CliApp.RunAsync(args, stdout, stderr, new PhysicalFileSystem(), new FixedClock(TestBuild.Now), CancellationToken.None);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task The_program_is_named_by_the_tools_command_name_and_its_version_comes_from_the_project_file()
    {
        var project = XDocument.Load(Path.Combine(Repo.Root, "src", "Generator.Cli", "Generator.Cli.csproj"));
        string Property(string name) => project.Descendants(name).Single().Value;

        var (code, output, _) = await Run("--version");
        var (_, help, _) = await Run("build", "--help");

        Assert.Equal(0, code);
        Assert.Equal("triglot", Property("ToolCommandName"));
        Assert.Equal(Property("ToolCommandName"), CliApp.ProgramName);
        Assert.Equal($"{Property("ToolCommandName")} {Property("Version")}\n", output);
        Assert.Contains("Usage:\n  triglot build [options]\n", help.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void The_default_theme_is_the_current_folders_else_the_one_that_comes_with_the_program()
    {
        using var temp = new TempDirectory();
        var fileSystem = new PhysicalFileSystem();
        var shipped = temp.Combine("tool", "theme");
        Directory.CreateDirectory(shipped);
        Directory.CreateDirectory(temp.Combine("site"));

        Assert.Equal(shipped, SiteOptions.DefaultTheme(fileSystem, temp.Combine("site"), shipped));
        Assert.Equal(temp.Combine("elsewhere", "theme"), SiteOptions.DefaultTheme(fileSystem, temp.Combine("elsewhere"), temp.Combine("no-tool", "theme")));

        Directory.CreateDirectory(temp.Combine("site", "theme"));
        Assert.Equal(temp.Combine("site", "theme"), SiteOptions.DefaultTheme(fileSystem, temp.Combine("site"), shipped));
    }

    [Fact]
    public void The_theme_that_comes_with_the_program_is_the_projects_theme()
    {
        var theme = Path.Combine(Repo.Root, "theme");
        var files = Directory.EnumerateFiles(theme, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(theme, f)).Order(StringComparer.Ordinal).ToList();
        var shipped = Directory.EnumerateFiles(SiteOptions.ShippedTheme, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(SiteOptions.ShippedTheme, f)).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(files, shipped);
        Assert.All(files, file => Assert.Equal(File.ReadAllBytes(Path.Combine(theme, file)), File.ReadAllBytes(Path.Combine(SiteOptions.ShippedTheme, file))));
    }
}
