using System.IO.Compression;

namespace Generator.BrowserTests;

/// <summary>
/// The whole built site checked by outside tools: the Nu HTML Checker (vnu-jar) finds no error,
/// linkchecker finds no broken link or anchor, and a guideline page fits the page-weight budget.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class OutputChecksTests(BuiltSite site)
{
    /// <summary>
    /// The budget: a guideline page's HTML and the stylesheet, gzip-compressed, fit together in
    /// 14,600 bytes, the ten TCP segments a server may send in its first round trip.
    /// </summary>
    public const int FirstRoundTripBytes = 14_600;

    [Fact]
    public async Task The_Nu_HTML_Checker_reports_no_errors()
    {
        var jar = Path.Combine(site.Root, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
        Assert.True(File.Exists(jar), "vnu.jar missing: run .ci/install-tools.sh");

        var (exitCode, output) = await ExternalTool.RunAsync("java", ["-jar", jar, "--skip-non-html", "--errors-only", "--format", "gnu", site.Output], TimeSpan.FromMinutes(5));

        Assert.True(exitCode == 0 && output.Trim().Length == 0, output);
    }

    [Fact]
    public async Task Linkchecker_finds_no_broken_links_or_anchors()
    {
        var config = Path.Combine(Path.GetTempPath(), $"linkcheckerrc-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(config, "[checking]\nmaxrequestspersecond=200\n\n[filtering]\ncheckextern=0\n\n[AnchorCheck]\n");
        try
        {
            var (exitCode, output) = await ExternalTool.RunAsync("linkchecker",
                ["--config", config, "--no-status", "--no-warnings", "--threads", "4", site.BaseUrl + "/"], TimeSpan.FromMinutes(5));

            Assert.True(exitCode == 0, output);
            Assert.Contains("0 errors found", output);
        }
        finally
        {
            File.Delete(config);
        }
    }

    [Fact]
    public void A_guideline_page_and_the_stylesheet_fit_in_the_first_round_trip()
    {
        var guideline = site.PathOf("guideline", "en");
        var html = File.ReadAllBytes(Path.Combine(site.Output, guideline.TrimStart('/'), "index.html"));
        // The stylesheet the page links to (its name carries a hash of its content).
        var text = System.Text.Encoding.UTF8.GetString(html);
        var start = text.IndexOf("<link rel=\"stylesheet\" href=\"/", StringComparison.Ordinal) + "<link rel=\"stylesheet\" href=\"/".Length;
        var css = File.ReadAllBytes(Path.Combine(site.Output, text[start..text.IndexOf('"', start)]));

        var total = Gzip(html) + Gzip(css);

        Assert.True(total <= FirstRoundTripBytes, $"{total} bytes gzipped (HTML {Gzip(html)}, CSS {Gzip(css)}) exceed the {FirstRoundTripBytes}-byte budget");
    }

    private static int Gzip(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return (int)buffer.Length;
    }
}
