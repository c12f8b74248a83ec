using Generator.Cli;
using Generator.IO;
using Generator.Tests.Support;

namespace Generator.Tests.Cli;

/// <summary>
/// <c>check</c> on fixtures/check: the human, JSON and SARIF reports are compared with committed
/// expected files; nothing is written; exit codes follow <c>build</c>, with --strict failing on warnings.
/// </summary>
public sealed class CheckCommandTests
{
    private static readonly string Site = Repo.Fixture("check");

    private static async Task<(int Code, string Out)> Check(string site, params string[] extra)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var code = await CliApp.RunAsync(
            ["check", "--input", Path.Combine(site, "input"), "--theme", Repo.Fixture("invalid", "_theme"), .. extra],
            stdout, new StringWriter(), new PhysicalFileSystem(), new FixedClock(TestBuild.Now), CancellationToken.None);

        // Diagnostics name files relative to the current folder; make that the fixture's.
        var prefix = Path.GetRelativePath(Directory.GetCurrentDirectory(), site).Replace('\\', '/') + "/";
        return (code, stdout.ToString().Replace(prefix, string.Empty));
    }

    [Theory]
    [InlineData("human", "expected-human.txt")]
    [InlineData("json", "expected.json")]
    [InlineData("sarif", "expected.sarif")]
    public async Task Reports_match_the_expected_files(string format, string expectedFile)
    {
        var (code, output) = await Check(Site, "--format", format);

        var expectedPath = Path.Combine(Site, expectedFile);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            await File.WriteAllTextAsync(expectedPath, output);
        }

        Assert.Equal(1, code);
        Assert.Equal(await File.ReadAllTextAsync(expectedPath), output);
    }

    [Fact]
    public async Task The_SARIF_report_validates_against_the_SARIF_2_1_0_schema()
    {
        using var temp = new TempDirectory();
        var (_, sarif) = await Check(Site, "--format", "sarif");
        var file = temp.Write("check.sarif", sarif);
        var start = new System.Diagnostics.ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(Repo.Root, "tests", "tools", "validate-sarif.js"));
        start.ArgumentList.Add(file);

        using var node = System.Diagnostics.Process.Start(start)!;
        var output = await node.StandardOutput.ReadToEndAsync() + await node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync();

        Assert.True(node.ExitCode == 0, output);
        Assert.Contains("valid SARIF 2.1.0", output);
    }

    [Fact]
    public async Task Warnings_pass_unless_strict()
    {
        var site = Repo.Fixture("multilingual");
        var (relaxed, _) = await CheckWithTheme(site, []);
        var (strict, _) = await CheckWithTheme(site, ["--strict"]);

        Assert.Equal(0, relaxed);
        Assert.Equal(1, strict);
    }

    [Fact]
    public async Task Nothing_is_written()
    {
        using var temp = new TempDirectory();
        var before = Directory.GetFileSystemEntries(Repo.Fixture("check")).Length;

        await Check(Site);

        Assert.Equal(before, Directory.GetFileSystemEntries(Repo.Fixture("check")).Length);
        Assert.False(Directory.Exists(Path.Combine(Directory.GetCurrentDirectory(), "public")));
    }

    private static async Task<(int, string)> CheckWithTheme(string site, string[] extra)
    {
        var stdout = new StringWriter();
        var code = await CliApp.RunAsync(
            ["check", "--input", Path.Combine(site, "input"), "--theme", Path.Combine(site, "theme"), .. extra],
            stdout, new StringWriter(), new PhysicalFileSystem(), new FixedClock(TestBuild.Now), CancellationToken.None);
        return (code, stdout.ToString());
    }

    [Fact]
    public async Task Drafts_and_scheduled_documents_are_checked_too_and_links_to_them_reported_as_build_sees_them()
    {
        using var site = new TempDirectory();
        site.Write("input/site.yml", "languages:\n  en: { name: English }\n");
        site.Write("input/content/news/published.en.md", "---\ntitle: Published\n---\nSee [[draft-note]] and [[later]].\n");
        site.Write("input/content/news/draft-note.en.md", "---\ntitle: Draft\ndraft: true\n---\nA broken [[no-such-page]].\n");
        site.Write("input/content/news/later.en.md", "---\ntitle: Later\npublishDate: 2030-01-01\n---\nAlso [[missing-too]].\n");
        var theme = Repo.Fixture("invalid", "_theme");

        async Task<(int Code, string Out)> Run(params string[] extra)
        {
            var stdout = new StringWriter { NewLine = "\n" };
            var code = await CliApp.RunAsync(["check", "--input", site.Combine("input"), "--theme", theme, "--format", "json", .. extra],
                stdout, new StringWriter(), new PhysicalFileSystem(), new FixedClock(TestBuild.Now), CancellationToken.None);
            using var json = System.Text.Json.JsonDocument.Parse(stdout.ToString());
            var found = json.RootElement.GetProperty("diagnostics").EnumerateArray()
                .Select(d => $"{Path.GetFileName(d.GetProperty("file").GetString())}({d.GetProperty("line").GetInt32()}) {d.GetProperty("code").GetString()} {d.GetProperty("message").GetString()}");
            return (code, string.Join("\n", found));
        }

        var (code, report) = await Run();
        var (withBoth, reportWithBoth) = await Run("--drafts", "--future");

        Assert.Equal(1, code);
        Assert.Equal(
            "draft-note.en.md(5) GEN050 unknown page 'no-such-page' in wikilink\n"
            + "later.en.md(5) GEN050 unknown page 'missing-too' in wikilink\n"
            + "published.en.md(4) GEN055 'draft-note' in wikilink is a draft, which this build does not publish\n"
            + "published.en.md(4) GEN055 'later' in wikilink is scheduled for 2030-01-01, which this build does not publish yet",
            report);
        Assert.Equal(1, withBoth);
        Assert.Equal(
            "draft-note.en.md(5) GEN050 unknown page 'no-such-page' in wikilink\n"
            + "later.en.md(5) GEN050 unknown page 'missing-too' in wikilink",
            reportWithBoth);

        // What serve reports (drafts and scheduled documents in) is part of what check reports.
        var serve = TestBuild.Run(site.Path, site.Combine("public"), themeDirectory: theme, includeDrafts: true, includeFuture: true);
        Assert.Equal(2, serve.ErrorCount);
    }
}
