using System.Text.Json;
using Generator.Cli;
using Generator.IO;
using Generator.Tests.Support;

namespace Generator.Tests.Cli;

/// <summary>
/// <c>init</c> writes a trilingual site that builds and passes <c>check --strict</c> with the theme
/// that comes with the program, never writes into a folder that holds anything, and answers a
/// wrong command line with exit code 2.
/// </summary>
public sealed class InitCommandTests
{
    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var code = await CliApp.RunAsync(args, stdout, stderr, new PhysicalFileSystem(), new FixedClock(TestBuild.Now), CancellationToken.None);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task A_new_site_builds_and_passes_check_strict_with_the_shipped_theme_and_no_diagnostics()
    {
        using var temp = new TempDirectory();
        var site = temp.Combine("my site");

        var (code, output, error) = await Run("init", site);

        Assert.True(code == 0, error);
        Assert.Equal(string.Empty, error);
        foreach (var file in new[] { "README.md", ".gitignore", "input/site.yml", "input/i18n/en.yml", "input/i18n/fr.yml", "input/i18n/nl.yml" }
            .Concat(new[] { "en", "fr", "nl" }.SelectMany(lang => new[] { $"input/content/_index.{lang}.md", $"input/content/reports/example-report.{lang}.md", $"input/content/topics/example-topic.{lang}.md" })))
        {
            Assert.True(File.Exists(Path.Combine(site, file)), file);
            Assert.Contains(Path.Combine(site, file), output);
        }

        Assert.Contains($"  cd '{site}'\n  {CliApp.ProgramName} build", output);
        Assert.Contains($"{CliApp.ProgramName} build", File.ReadAllText(Path.Combine(site, "README.md")));
        Assert.Contains("date: 2026-01-01\n", File.ReadAllText(Path.Combine(site, "input", "content", "reports", "example-report.fr.md")));
        Assert.False(File.Exists(Path.Combine(site, "input", "published-urls.txt")));

        // No --theme: the default is the theme that comes with the program (the tests' folder holds its copy).
        var input = Path.Combine(site, "input");
        var (built, summary, problems) = await Run("build", "--input", input, "--output", Path.Combine(site, "public"));
        Assert.True(built == 0, problems);
        Assert.Equal(string.Empty, problems);
        Assert.Matches(@"^Built 27 pages \(en 9, fr 9, nl 9\), .+; 0 errors, 0 warnings\.\n$", summary);
        foreach (var page in new[] { "en/reports/example-report", "fr/rapports/rapport-exemple", "nl/rapporten/voorbeeldrapport", "en/topics/example-topic", "fr/themes/theme-exemple", "nl/themas/voorbeeldthema", "en/map", "fr/carte", "nl/kaart" })
        {
            Assert.True(File.Exists(Path.Combine(site, "public", page, "index.html")), page);
        }

        var (checkedCode, report, checkErrors) = await Run("check", "--strict", "--format", "json", "--input", input);
        using var json = JsonDocument.Parse(report);
        Assert.Empty(json.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.True(checkedCode == 0, report + checkErrors);

        var (humanCode, human, _) = await Run("check", "--strict", "--input", input);
        Assert.Equal(0, humanCode);
        Assert.Equal("No problems found.\n", human);
    }

    [Fact]
    public async Task An_empty_folder_is_written_into()
    {
        using var temp = new TempDirectory();

        var (code, _, error) = await Run("init", temp.Path);

        Assert.True(code == 0, error);
        Assert.True(File.Exists(temp.Combine("input", "site.yml")));
    }

    [Fact]
    public async Task A_folder_that_holds_anything_is_refused_with_exit_code_1_and_left_as_it_was()
    {
        using var temp = new TempDirectory();
        temp.Write("notes.txt", "mine");

        var (code, output, error) = await Run("init", temp.Path);

        Assert.Equal(1, code);
        Assert.Equal(string.Empty, output);
        Assert.Equal($"error: '{temp.Path}' is not empty: init writes a new site only into a new or empty folder, and never overwrites a file\n"
            + $"    hint: choose a new folder, e.g. '{CliApp.ProgramName} init my-site'\n", error);
        Assert.Equal(["notes.txt"], Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName));
        Assert.Equal("mine", File.ReadAllText(temp.Combine("notes.txt")));
    }

    [Theory]
    [InlineData("", "Required argument missing for command: 'init'.")]
    [InlineData("a b", "Unrecognized command or argument 'b'.")]
    [InlineData("<empty>", "the folder's name is empty: name the folder to write the site into, e.g. my-site")]
    [InlineData("<file>", "'{0}' is a file: name a new or empty folder to write the site into")]
    [InlineData("--force", "'--force' is not an option of init; to name a folder that starts with '-', write ./--force")]
    public async Task A_wrong_command_line_exits_with_2_and_writes_nothing(string line, string expected)
    {
        using var temp = new TempDirectory();
        var file = temp.Write("site.txt", "a file");
        var args = line switch
        {
            "<empty>" => [""],
            "<file>" => [file],
            _ => line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(a => a.Length == 1 ? temp.Combine(a) : a).ToArray(),
        };

        var (code, output, error) = await Run(["init", .. args]);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        var lines = error.Split('\n');
        Assert.Equal("error: " + string.Format(expected, file).Replace("'b'", $"'{temp.Combine("b")}'"), lines[0]);
        Assert.Contains($"Run '{CliApp.ProgramName} init --help' for usage and examples.", lines);
        Assert.Equal(["site.txt"], Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }
}
