using Generator.Cli;
using Generator.IO;
using Generator.Tests.Support;

namespace Generator.Tests.Build;

/// <summary>
/// Each folder under fixtures/invalid is a site with mistakes; expected.txt holds the exact
/// diagnostics (file, line, column, code, message, hint). The build must report them all, exit
/// with 1 and leave an earlier output folder untouched.
/// </summary>
public sealed class InvalidCaseTests
{
    public static TheoryData<string> Cases() =>
        [.. Directory.GetDirectories(Repo.Fixture("invalid")).Select(d => Path.GetFileName(d)!).Where(n => !n.StartsWith('_')).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reports_the_expected_diagnostics_at_their_positions(string name)
    {
        var site = Repo.Fixture("invalid", name);
        using var temp = new TempDirectory();
        var result = TestBuild.Run(site, temp.Combine("public"), themeDirectory: ThemeOf(site));
        var printed = new StringWriter { NewLine = "\n" };
        DiagnosticPrinter.Print(result.Diagnostics, printed);

        var expectedPath = Path.Combine(site, "expected.txt");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(expectedPath, printed.ToString());
        }

        Assert.False(result.Succeeded);
        Assert.Equal(File.ReadAllText(expectedPath), printed.ToString());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_command_exits_with_1_and_leaves_the_earlier_output_untouched(string name)
    {
        var site = Repo.Fixture("invalid", name);
        using var temp = new TempDirectory();
        var output = temp.Combine("public");
        var marker = PreviousBuild.Write(temp.Combine("public"), ("index.html", "the previous good build"));
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exitCode = await CliApp.RunAsync(
            ["build", "--input", Path.Combine(site, "input"), "--theme", ThemeOf(site), "--output", output],
            stdout, stderr, new PhysicalFileSystem(), new FixedClock(TestBuild.Now), CancellationToken.None);

        Assert.Equal(1, exitCode);
        Assert.Contains(": error GEN", stderr.ToString());
        Assert.StartsWith("Build failed", stdout.ToString());
        Assert.Equal(["index.html"], PreviousBuild.Files(output));
        Assert.Equal("the previous good build", File.ReadAllText(marker));
        Assert.Equal(["public"], Directory.GetDirectories(temp.Path).Select(Path.GetFileName));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Check_reports_the_same_diagnostics_as_JSON_and_SARIF(string name)
    {
        var site = Repo.Fixture("invalid", name);
        var expected = File.ReadAllLines(Path.Combine(site, "expected.txt")).Where(l => !l.StartsWith(' ')).ToArray();
        foreach (var format in new[] { "json", "sarif" })
        {
            var stdout = new StringWriter();
            var exitCode = await CliApp.RunAsync(
                ["check", "--format", format, "--input", Path.Combine(site, "input"), "--theme", ThemeOf(site)],
                stdout, new StringWriter(), new PhysicalFileSystem(), new FixedClock(TestBuild.Now), CancellationToken.None);

            Assert.Equal(1, exitCode);
            using var report = System.Text.Json.JsonDocument.Parse(stdout.ToString());
            var codes = format == "json"
                ? report.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("code").GetString())
                : report.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Select(d => d.GetProperty("ruleId").GetString());
            Assert.Equal(expected.Select(l => l.Split(": ")[1].Split(' ')[1]).Order(), codes.Order());
        }
    }

    private static string ThemeOf(string site) =>
        Directory.Exists(Path.Combine(site, "theme")) ? Path.Combine(site, "theme") : Repo.Fixture("invalid", "_theme");
}
