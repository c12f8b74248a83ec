using Generator.Diagnostics;
using Generator.Tests.Support;

namespace Generator.Tests.Content;

/// <summary>
/// Symbolic links under input/ or theme/ are followed only inside that folder: a link to a file
/// or folder elsewhere on the machine (a deploy preview builds other people's pull requests) is
/// a warning at the link's path and nothing of it is published; loops and dangling links too.
/// </summary>
public sealed class SymbolicLinkTests
{
    [Fact]
    public void Links_leading_outside_input_or_theme_are_reported_and_never_published()
    {
        using var temp = new TempDirectory();
        var secret = temp.Write("outside/secret.md", "---\ntitle: Secret\n---\nThe build machine's secret.\n");
        temp.Write("outside/dir/key.txt", "private key\n");
        using var site = Site();
        File.CreateSymbolicLink(site.Combine("input", "content", "news", "leak.en.md"), secret);
        Directory.CreateSymbolicLink(site.Combine("input", "static", "keys"), temp.Combine("outside", "dir"));
        Directory.CreateSymbolicLink(site.Combine("input", "content", "elsewhere"), temp.Combine("outside"));
        File.CreateSymbolicLink(site.Combine("theme", "layouts", "partials.html"), secret);

        var result = TestBuild.Run(site.Path, site.Combine("public"));

        Assert.True(result.Succeeded, TestBuild.Describe(result));
        Assert.Equal(
            [
                "input/content/elsewhere(1,1): warning GEN004: symbolic link not followed: its target lies outside input",
                "input/content/news/leak.en.md(1,1): warning GEN004: symbolic link not followed: its target lies outside input",
                "input/static/keys(1,1): warning GEN004: symbolic link not followed: its target lies outside input",
                "theme/layouts/partials.html(1,1): warning GEN004: symbolic link not followed: its target lies outside theme",
            ],
            result.Diagnostics.Select(d => d.ToString()));
        var published = Directory.GetFiles(site.Combine("public"), "*", SearchOption.AllDirectories).Select(File.ReadAllText);
        Assert.DoesNotContain(published, text => text.Contains("secret", StringComparison.OrdinalIgnoreCase) || text.Contains("private key"));
        Assert.False(Directory.Exists(site.Combine("public", "keys")));
    }

    [Fact]
    public void Links_inside_the_folder_are_followed_and_loops_and_dangling_links_reported()
    {
        using var site = Site();
        File.CreateSymbolicLink(site.Combine("input", "content", "news", "shared.en.md"), site.Combine("input", "shared", "item.en.md"));
        site.Write("input/shared/item.en.md", "---\ntitle: Shared item\n---\nWritten once.\n");
        Directory.CreateSymbolicLink(site.Combine("input", "content", "news", "loop"), site.Combine("input", "content"));
        File.CreateSymbolicLink(site.Combine("input", "static", "gone.pdf"), site.Combine("input", "nowhere.pdf"));

        var result = TestBuild.Run(site.Path, site.Combine("public"));

        Assert.True(result.Succeeded, TestBuild.Describe(result));
        Assert.Equal(
            [
                ("input/content/news/loop", "symbolic link not followed: it leads to a folder that is read already (a loop)"),
                ("input/static/gone.pdf", "symbolic link not followed: its target does not exist or cannot be resolved"),
            ],
            result.Diagnostics.Select(d => (d.File, d.Message)));
        Assert.All(result.Diagnostics, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.Contains("Written once.", File.ReadAllText(site.Combine("public", "en", "news", "shared", "index.html")));
    }

    [Fact]
    public async Task Reports_never_show_the_lines_of_a_file_a_link_leads_to()
    {
        using var temp = new TempDirectory();
        var secret = temp.Write("outside/secret.txt", "root:x:0:0:the build machine's secret\n");
        using var site = Site();
        File.CreateSymbolicLink(site.Combine("input", "content", "news", "leak.en.md"), secret);
        var stdout = new StringWriter();

        var code = await Generator.Cli.CliApp.RunAsync(["check", "--input", site.Combine("input"), "--theme", site.Combine("theme")],
            stdout, new StringWriter(), new Generator.IO.PhysicalFileSystem(), new Generator.IO.FixedClock(TestBuild.Now), CancellationToken.None);

        Assert.Equal(0, code);
        Assert.Contains("GEN004", stdout.ToString());
        Assert.DoesNotContain("secret", stdout.ToString());
        var overlay = Generator.Cli.Serve.OverlayReport.Json(
            [new Generator.Diagnostics.Diagnostic(Severity.Warning, "GEN004", "input/content/news/leak.en.md", 1, 1, "symbolic link not followed")],
            hasLastGoodBuild: true, new Generator.IO.PhysicalFileSystem(), site.Path);
        Assert.DoesNotContain("secret", overlay);
    }

    private static TempDirectory Site()
    {
        var site = SmallSite.Create();
        site.Write("input/content/news/item.en.md", "---\ntitle: Item\n---\nText.\n");
        site.Write("input/static/logo.txt", "logo\n");
        return site;
    }
}
