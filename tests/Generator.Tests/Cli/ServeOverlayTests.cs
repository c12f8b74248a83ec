using System.Net;
using System.Text.Json;
using Generator.Cli.Serve;
using Generator.Diagnostics;
using Generator.IO;
using Generator.Tests.Support;

namespace Generator.Tests.Cli;

/// <summary>
/// The error overlay of <c>serve</c>: its data keep errors and warnings apart and say whether a
/// good build is still served; before any build has succeeded, pages are a "not built yet" page
/// that loads the overlay; its style is a same-origin stylesheet, allowed by the site's CSP.
/// </summary>
public sealed class ServeOverlayTests
{
    private const string Broken = "---\ntitle: About us\ndate: someday\n---\nBroken.\n";

    [Fact]
    public void The_report_keeps_errors_and_warnings_apart_and_says_whether_a_good_build_is_served()
    {
        using var site = new TempDirectory();
        site.Write("input/content/about.en.md", Broken);
        Diagnostic[] diagnostics =
        [
            new(Severity.Warning, "GEN030", "input/content/about.en.md", 1, 1, "a warning", "do this"),
            new(Severity.Error, "GEN012", "input/content/about.en.md", 3, 7, "an error"),
            new(Severity.Warning, "GEN031", "input/content/about.en.md", 5, 1, "another warning"),
        ];

        using var first = JsonDocument.Parse(OverlayReport.Json(diagnostics, hasLastGoodBuild: false, new PhysicalFileSystem(), site.Path));
        using var later = JsonDocument.Parse(OverlayReport.Json(diagnostics, hasLastGoodBuild: true, new PhysicalFileSystem(), site.Path));

        var root = first.RootElement;
        Assert.False(root.GetProperty("hasLastGoodBuild").GetBoolean());
        Assert.True(later.RootElement.GetProperty("hasLastGoodBuild").GetBoolean());
        Assert.Equal(["GEN012"], root.GetProperty("errors").EnumerateArray().Select(d => d.GetProperty("code").GetString()));
        Assert.Equal(["GEN030", "GEN031"], root.GetProperty("warnings").EnumerateArray().Select(d => d.GetProperty("code").GetString()));
        Assert.Equal(
            ["---", "title: About us", "date: someday", "---", "Broken."],
            root.GetProperty("errors")[0].GetProperty("context").EnumerateArray().Select(l => l.GetProperty("text").GetString()));
        Assert.False(root.TryGetProperty("diagnostics", out _));
    }

    [Fact]
    public async Task Before_any_good_build_pages_say_the_site_is_not_built_and_the_overlay_says_so()
    {
        await using var site = await ServedSite.StartAsync("multilingual", s => File.WriteAllText(s.Combine("input", "content", "about.en.md"), Broken));
        var events = await site.EventsAsync();

        using var page = await site.Http.GetAsync("en/about/");
        var html = await page.Content.ReadAsStringAsync();
        var errors = await ServedSite.Next(events);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("The site has not been built yet", html);
        Assert.Contains("fix the errors", html);
        Assert.Contains("<script src=\"/__serve/live.js\"></script>", html);
        Assert.Equal("errors", errors.Name);
        var report = JsonDocument.Parse(errors.Data).RootElement;
        Assert.False(report.GetProperty("hasLastGoodBuild").GetBoolean());
        Assert.Contains("GEN012", report.GetProperty("errors").EnumerateArray().Select(d => d.GetProperty("code").GetString()));
        Assert.All(report.GetProperty("errors").EnumerateArray(), d => Assert.Equal("error", d.GetProperty("severity").GetString()));
        Assert.All(report.GetProperty("warnings").EnumerateArray(), d => Assert.Equal("warning", d.GetProperty("severity").GetString()));

        File.WriteAllText(site.Combine("input", "content", "about.en.md"), "---\ntitle: About us\n---\nFixed.\n");

        Assert.Equal("reload", (await ServedSite.Next(events)).Name);
        Assert.Contains("Fixed.", await site.Http.GetStringAsync("en/about/"));
    }

    [Fact]
    public async Task The_overlay_is_styled_by_a_same_origin_stylesheet_not_inline_styles()
    {
        await using var site = await ServedSite.StartAsync("multilingual");

        using var script = await site.Http.GetAsync(LiveReloadScript.Path);
        using var style = await site.Http.GetAsync(LiveReloadScript.StylePath);
        var source = await script.Content.ReadAsStringAsync();

        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, style.StatusCode);
        Assert.Equal("text/css", style.Content.Headers.ContentType?.MediaType);
        Assert.Contains(LiveReloadScript.StylePath, source);
        Assert.DoesNotContain("\"style\"", source);
        Assert.DoesNotContain(".style.", source);
        Assert.DoesNotContain("<style", source);
    }
}
