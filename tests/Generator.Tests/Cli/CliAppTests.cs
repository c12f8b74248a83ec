using Generator.Cli;
using Generator.IO;
using Generator.Tests.Support;

namespace Generator.Tests.Cli;

public sealed class CliAppTests
{
    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CliApp.RunAsync(args, stdout, stderr, new PhysicalFileSystem(), new FixedClock(TestBuild.Now), CancellationToken.None);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Theory]
    [InlineData("build", "--no-such-option")]
    [InlineData("publish")]
    [InlineData("build", "--input")]
    public async Task A_wrong_command_line_exits_with_2(params string[] args)
    {
        var (code, _, err) = await Run(args);

        Assert.Equal(2, code);
        Assert.Contains("error:", err);
    }

    [Fact]
    public async Task A_successful_build_exits_with_0_and_ends_with_a_summary_line()
    {
        using var temp = new TempDirectory();
        var site = Repo.Fixture("multilingual");

        var (code, output, _) = await Run("build", "--input", Path.Combine(site, "input"), "--theme", Path.Combine(site, "theme"), "--output", temp.Combine("out"));

        Assert.Equal(0, code);
        Assert.Matches(@"^Built 35 pages \(en 14, fr 14, nl 7\), 63 files in .+ in \d+\.\d\d s; 0 errors, 2 warnings\.\s*$", output);
    }

    [Fact]
    public async Task Drafts_are_published_with_the_drafts_option()
    {
        using var temp = new TempDirectory();
        var site = Repo.Fixture("multilingual");

        var (code, _, _) = await Run("build", "--input", Path.Combine(site, "input"), "--theme", Path.Combine(site, "theme"), "--output", temp.Combine("out"), "--drafts");

        Assert.Equal(0, code);
        Assert.True(File.Exists(temp.Combine("out", "en", "news", "draft-note", "index.html")));
        Assert.False(File.Exists(temp.Combine("out", "en", "news", "upcoming", "index.html")));
    }

    [Theory]
    [InlineData("biuld", "error: 'biuld' is not a command", "Did you mean '{0} build'?")]
    [InlineData("chekc", "error: 'chekc' is not a command", "Did you mean '{0} check'?")]
    [InlineData("build --ouptut x", "error: Unrecognized command or argument '--ouptut'.", "Did you mean '--output'?")]
    [InlineData("serve --port abc", "error: --port must be a number from 1 to 65535, not 'abc'.", "Run '{0} serve --help' for usage and examples.")]
    [InlineData("serve --port 70000", "error: --port must be a number from 1 to 65535, not '70000'.", "Run '{0} serve --help' for usage and examples.")]
    public async Task A_mistyped_command_line_gets_a_did_you_mean_and_exits_with_2(string line, string error, string hint)
    {
        var (code, _, err) = await Run(line.Split(' '));

        Assert.Equal(2, code);
        var lines = err.ReplaceLineEndings("\n").Split('\n');
        Assert.Equal(error, lines[0]);
        Assert.Contains(string.Format(hint, CliApp.ProgramName), lines);
    }

    [Theory]
    [InlineData("")]
    [InlineData("build")]
    [InlineData("check")]
    [InlineData("serve")]
    [InlineData("new")]
    [InlineData("translations")]
    [InlineData("schema")]
    [InlineData("init")]
    public async Task Help_gives_examples_and_the_exit_codes(string command)
    {
        var (code, output, _) = await Run([.. command.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--help"]);

        Assert.Equal(0, code);
        Assert.Contains("Examples:\n  " + CliApp.ProgramName + " " + (command.Length == 0 ? "build" : command), output.ReplaceLineEndings("\n"));
        Assert.Contains("  3  an internal error", output);
    }

    [Fact]
    public async Task An_internal_error_names_the_file_asks_for_a_report_and_exits_with_3_after_the_other_diagnostics()
    {
        using var temp = new TempDirectory();
        var site = Repo.Fixture("invalid", "many-errors");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var fileSystem = new FaultyFileSystem(path => path.EndsWith("two.fr.md", StringComparison.Ordinal) ? new InvalidOperationException("a bug") : null);

        var code = await CliApp.RunAsync(["build", "--input", Path.Combine(site, "input"), "--theme", Repo.Fixture("invalid", "_theme"), "--output", temp.Combine("out")],
            stdout, stderr, fileSystem, new FixedClock(TestBuild.Now), CancellationToken.None);

        Assert.Equal(3, code);
        var printed = stderr.ToString();
        Assert.Contains("input/content/news/two.fr.md(1,1): error GEN900: internal error while reading this file: InvalidOperationException: a bug", printed);
        Assert.Contains("hint: this is a bug in the generator, not a mistake in this file: please report it", printed);
        Assert.Contains("one.en.md(3,7): error GEN012", printed);
        Assert.DoesNotContain("   at ", printed);
        Assert.False(Directory.Exists(temp.Combine("out")));
    }

    [Fact]
    public async Task An_exception_outside_the_build_is_reported_in_one_line_with_exit_code_3()
    {
        var stderr = new StringWriter();
        var fileSystem = new FaultyFileSystem(_ => new NotSupportedException("disk gone"));

        var code = await CliApp.RunAsync(["new", "news", "A title", "--input", Repo.Fixture("multilingual", "input"), "--theme", Repo.Fixture("multilingual", "theme")],
            new StringWriter(), stderr, fileSystem, new FixedClock(TestBuild.Now), CancellationToken.None);

        Assert.Equal(3, code);
        Assert.StartsWith(CliApp.ProgramName + ": internal error: NotSupportedException: disk gone", stderr.ToString());
        Assert.DoesNotContain("   at ", stderr.ToString());
    }
}
