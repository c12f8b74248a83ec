using System.Net;
using System.Text.Json;
using Generator.Cli;
using Generator.IO;
using Generator.Tests.Support;

namespace Generator.Tests.Cli;

/// <summary>
/// <c>serve</c> on a free port: an edit sends a reload event and the page changes; a broken
/// file sends the overlay's data with the right position while the last good build is still
/// served; fixing it sends a clean reload. Drafts are served. A port that is not a number from
/// 1 to 65535 is a usage error.
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

    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("70000")]
    [InlineData("65536")]
    public async Task A_port_that_is_not_a_number_from_1_to_65535_is_a_usage_error(string port)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));

        var code = await CliApp.RunAsync(["serve", "--input", "no-such-input", "--port", port], stdout, stderr,
            new PhysicalFileSystem(), new FixedClock(TestBuild.Now), timeout.Token);

        Assert.Equal(CliApp.UsageError, code);
        Assert.Contains("--port", stderr.ToString());
        Assert.Contains("a number from 1 to 65535", stderr.ToString());
        Assert.Contains($"'{port}'", stderr.ToString());
        Assert.Empty(stdout.ToString());
    }
}
