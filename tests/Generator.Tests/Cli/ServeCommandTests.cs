using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Threading.Channels;
using Generator.Cli;
using Generator.IO;
using Generator.Tests.Support;

namespace Generator.Tests.Cli;

/// <summary>
/// <c>serve</c> on a free port: an edit sends a reload event and the page changes; a broken
/// file sends the overlay's data with the right position while the last good build is still
/// served; fixing it sends a clean reload. Drafts are served.
/// </summary>
public sealed class ServeCommandTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Reloads_after_an_edit_shows_errors_for_a_broken_file_and_recovers()
    {
        using var site = new TempDirectory();
        CopyDirectory(Repo.Fixture("multilingual", "input"), site.Combine("input"));
        CopyDirectory(Repo.Fixture("multilingual", "theme"), site.Combine("theme"));
        var port = FreePort();
        using var stop = new CancellationTokenSource();
        var server = CliApp.RunAsync(["serve", "--input", site.Combine("input"), "--theme", site.Combine("theme"), "--port", port.ToString()],
            new StringWriter(), new StringWriter(), new PhysicalFileSystem(), new FixedClock(TestBuild.Now), stop.Token);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = Patience };
        await WaitUntilServing(http);

        var events = Channel.CreateUnbounded<(string Name, string Data)>();
        using var stream = await http.GetStreamAsync("__serve/events");
        _ = ReadEvents(stream, events.Writer);

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("en/news/draft-note/")).StatusCode);
        Assert.Contains("<script src=\"/__serve/live.js\"></script></body>", await http.GetStringAsync("en/about/"));

        var about = site.Combine("input", "content", "about.en.md");
        File.WriteAllText(about, "---\ntitle: About us\nweight: 1\n---\nEdited while serving.\n");
        Assert.Equal("reload", (await Next(events.Reader)).Name);
        Assert.Contains("Edited while serving.", await http.GetStringAsync("en/about/"));

        File.WriteAllText(about, "---\ntitle: About us\ndate: someday\n---\nBroken.\n");
        var errors = await Next(events.Reader);
        Assert.Equal("errors", errors.Name);
        var first = JsonDocument.Parse(errors.Data).RootElement.GetProperty("diagnostics")[0];
        Assert.Equal(("input/content/about.en.md", 3, 7, "GEN012"), (
            first.GetProperty("file").GetString()!.Replace(Path.GetRelativePath(Directory.GetCurrentDirectory(), site.Path).Replace('\\', '/') + "/", ""),
            first.GetProperty("line").GetInt32(), first.GetProperty("column").GetInt32(), first.GetProperty("code").GetString()));
        Assert.Contains("date: someday", first.GetProperty("context").EnumerateArray().Select(l => l.GetProperty("text").GetString()));
        Assert.Contains("Edited while serving.", await http.GetStringAsync("en/about/"));

        File.WriteAllText(about, "---\ntitle: About us\n---\nFixed.\n");
        Assert.Equal("reload", (await Next(events.Reader)).Name);
        Assert.Contains("Fixed.", await http.GetStringAsync("en/about/"));

        await stop.CancelAsync();
        Assert.Equal(0, await server);
    }

    private static async Task<(string Name, string Data)> Next(ChannelReader<(string Name, string Data)> events)
    {
        using var timeout = new CancellationTokenSource(Patience);
        return await events.ReadAsync(timeout.Token);
    }

    private static async Task ReadEvents(Stream stream, ChannelWriter<(string, string)> events)
    {
        using var reader = new StreamReader(stream);
        string? name = null;
        while (await reader.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line[7..];
            else if (line.StartsWith("data: ", StringComparison.Ordinal) && name is not null) events.TryWrite((name, line[6..]));
        }
    }

    private static async Task WaitUntilServing(HttpClient http)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            try
            {
                if ((await http.GetAsync("en/")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
            }

            if (DateTime.UtcNow > deadline) throw new TimeoutException("serve did not start");
            await Task.Delay(100);
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
