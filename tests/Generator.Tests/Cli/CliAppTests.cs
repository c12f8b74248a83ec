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
}
