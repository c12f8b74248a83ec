using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Channels;
using Generator.Cli;
using Generator.IO;

namespace Generator.Tests.Support;

/// <summary>
/// <c>serve</c> running over a copy of a fixture site on a free port until disposed, with an HTTP
/// client on its address, its server-sent events, and raw requests written on a socket (so no
/// client library normalises the request line first). As a class fixture it serves the
/// multilingual fixture.
/// </summary>
public sealed class ServedSite : IAsyncLifetime, IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly TempDirectory _directory;
    private readonly CancellationTokenSource _stop = new();
    private readonly StringWriter _output = new();
    private readonly Task<int> _server;

    public ServedSite()
        : this("multilingual", null)
    {
    }

    /// <summary>Copies the fixture's input/ and theme/, lets <paramref name="edit"/> change them, then starts serving them.</summary>
    private ServedSite(string fixture, Action<TempDirectory>? edit)
    {
        var directory = new TempDirectory();
        CopyDirectory(Repo.Fixture(fixture, "input"), directory.Combine("input"));
        CopyDirectory(Repo.Fixture(fixture, "theme"), directory.Combine("theme"));
        edit?.Invoke(directory);
        var port = FreePort();
        _directory = directory;
        Port = port;
        BasePath = new Uri(new Generator.Configuration.SiteConfigLoader().Load(File.ReadAllText(directory.Combine("input", "site.yml")), "site.yml", null,
            new Generator.Diagnostics.DiagnosticBag())?.BaseUrl.AbsolutePath ?? "/", UriKind.Relative).ToString();
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}{BasePath}"), Timeout = Patience };
        Log = TextWriter.Synchronized(_output);
        _server = Task.Run(() => CliApp.RunAsync(
            ["serve", "--input", directory.Combine("input"), "--theme", directory.Combine("theme"), "--port", port.ToString()],
            Log, Log, new PhysicalFileSystem(), new FixedClock(TestBuild.Now), _stop.Token));
    }

    public int Port { get; }

    /// <summary>The site's base path ("/docs/" for the multilingual fixture): the preview serves it there too, as published.</summary>
    public string BasePath { get; }

    public HttpClient Http { get; }

    /// <summary>Where <c>serve</c> prints (standard output and error).</summary>
    public TextWriter Log { get; }

    /// <summary>What <c>serve</c> printed so far.</summary>
    public string Output
    {
        get
        {
            // The synchronized writer locks on itself.
            lock (Log)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Serves a copy of the fixture, changed by <paramref name="edit"/> first, once it answers.</summary>
    public static async Task<ServedSite> StartAsync(string fixture, Action<TempDirectory>? edit = null)
    {
        var site = new ServedSite(fixture, edit);
        await site.InitializeAsync();
        return site;
    }

    public Task InitializeAsync() => WaitUntilServing();

    public string Combine(params string[] parts) => _directory.Combine(parts);

    /// <summary>Sends <paramref name="requestLine"/> and headers as written; returns the status code and the whole response.</summary>
    public async Task<(int Status, string Response)> SendRawAsync(string requestLine, string? host = null)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, Port);
        await using var stream = client.GetStream();
        var request = $"{requestLine}\r\nHost: {host ?? $"127.0.0.1:{Port}"}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.Latin1.GetBytes(request));
        using var timeout = new CancellationTokenSource(Patience);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync(timeout.Token);
        var status = response.Split(' ', 3) is [_, var code, ..] && int.TryParse(code, out var value) ? value : 0;
        return (status, response);
    }

    /// <summary>Opens the server-sent event stream; each event arrives as its name and its data line.</summary>
    public async Task<ChannelReader<(string Name, string Data)>> EventsAsync()
    {
        var events = Channel.CreateUnbounded<(string Name, string Data)>();
        var stream = await Http.GetStreamAsync("/__serve/events");
        _ = ReadEvents(stream, events.Writer);
        return events.Reader;
    }

    /// <summary>The next event, or a timeout.</summary>
    public static async Task<(string Name, string Data)> Next(ChannelReader<(string Name, string Data)> events)
    {
        using var timeout = new CancellationTokenSource(Patience);
        return await events.ReadAsync(timeout.Token);
    }

    /// <summary>Stops the server and returns its exit code.</summary>
    public async Task<int> StopAsync()
    {
        await _stop.CancelAsync();
        return await _server;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        catch (Exception) when (_server.IsFaulted)
        {
        }

        Http.Dispose();
        _stop.Dispose();
        _directory.Dispose();
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    private static async Task ReadEvents(Stream stream, ChannelWriter<(string, string)> events)
    {
        using var reader = new StreamReader(stream);
        string? name = null;
        try
        {
            while (await reader.ReadLineAsync() is { } line)
            {
                if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line[7..];
                else if (line.StartsWith("data: ", StringComparison.Ordinal) && name is not null) events.TryWrite((name, line[6..]));
            }
        }
        catch (IOException)
        {
            // The server stopped.
        }
        finally
        {
            events.TryComplete();
        }
    }

    /// <summary>Waits for the first answer to a request for the live-reload script (served whether or not the site built).</summary>
    private async Task WaitUntilServing()
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            if (_server.IsCompleted)
            {
                throw new InvalidOperationException($"serve exited with {await _server}:\n{Output}");
            }

            try
            {
                using var response = await Http.GetAsync("/__serve/live.js");
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
            }

            if (DateTime.UtcNow > deadline) throw new TimeoutException("serve did not start:\n" + Output);
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
