using System.Net;
using System.Text.Json;
using Generator.Tests.Support;

namespace Generator.Tests.Cli;

/// <summary>
/// <c>serve</c> on a free port: an edit sends a reload event and the page changes; a broken
/// file sends the overlay's data with the right position while the last good build is still
/// served; fixing it sends a clean reload. Drafts are served.
/// </summary>
public sealed class ServeCommandTests
{
    [Fact]
    public async Task Reloads_after_an_edit_shows_errors_for_a_broken_file_and_recovers()
    {
        await using var site = await ServedSite.StartAsync("multilingual");
        var http = site.Http;
        var events = await site.EventsAsync();

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("en/news/draft-note/")).StatusCode);
        Assert.Contains("<script src=\"/__serve/live.js\"></script></body>", await http.GetStringAsync("en/about/"));

        var about = site.Combine("input", "content", "about.en.md");
        File.WriteAllText(about, "---\ntitle: About us\nweight: 1\n---\nEdited while serving.\n");
        Assert.Equal("reload", (await ServedSite.Next(events)).Name);
        Assert.Contains("Edited while serving.", await http.GetStringAsync("en/about/"));

        File.WriteAllText(about, "---\ntitle: About us\ndate: someday\n---\nBroken.\n");
        var errors = await ServedSite.Next(events);
        Assert.Equal("errors", errors.Name);
        var report = JsonDocument.Parse(errors.Data).RootElement;
        Assert.True(report.GetProperty("hasLastGoodBuild").GetBoolean());
        var first = report.GetProperty("errors")[0];
        Assert.Equal(("input/content/about.en.md", 3, 7, "GEN012"), (
            first.GetProperty("file").GetString()!.Replace(Path.GetRelativePath(Directory.GetCurrentDirectory(), site.Combine()).Replace('\\', '/') + "/", ""),
            first.GetProperty("line").GetInt32(), first.GetProperty("column").GetInt32(), first.GetProperty("code").GetString()));
        Assert.Contains("date: someday", first.GetProperty("context").EnumerateArray().Select(l => l.GetProperty("text").GetString()));
        Assert.Contains("Edited while serving.", await http.GetStringAsync("en/about/"));

        File.WriteAllText(about, "---\ntitle: About us\n---\nFixed.\n");
        Assert.Equal("reload", (await ServedSite.Next(events)).Name);
        Assert.Contains("Fixed.", await http.GetStringAsync("en/about/"));

        Assert.Equal(0, await site.StopAsync());
    }
}
