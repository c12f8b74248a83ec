using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using System.Threading.Channels;
using Generator.Cli;
using Generator.IO;

namespace Generator.Benchmarks;

/// <summary>
/// Save-to-reloaded latency of <c>serve</c>: writes the synthetic corpus, starts the real
/// <c>serve</c> command on a free port, listens to its live-reload events like a browser does,
/// then makes one-paragraph edits to English documents (a sentence added to the end of the first
/// paragraph of text, its links kept), one at a time. Each edit is timed from
/// the moment the file is written until the reload event has arrived and the page, fetched again,
/// carries the new paragraph: the whole loop an author waits for.
/// </summary>
public static partial class LatencyBenchmark
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    public static async Task<int> RunAsync(int groups, int edits, string themeDirectory, CancellationToken cancellationToken)
    {
        var root = Path.Combine(Path.GetTempPath(), $"generator-latency-{groups}");
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        var input = Path.Combine(root, "input");
        var corpus = SyntheticCorpus.Write(input, groups);
        Console.WriteLine($"=== serve latency, groups={groups}: {corpus.Documents} documents, {edits} edits ===");

        var port = FreePort();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var log = new StringWriter();
        var startup = Stopwatch.StartNew();
        var server = Task.Run(() => CliApp.RunAsync(["serve", "--input", input, "--theme", themeDirectory, "--port", port.ToString(CultureInfo.InvariantCulture)],
            TextWriter.Synchronized(log), Console.Error, new PhysicalFileSystem(), new SystemClock(), stop.Token), CancellationToken.None);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = Patience };
        await WaitUntilServing(http, server);
        Console.WriteLine($"  first build and start: {startup.Elapsed.TotalSeconds:F1} s");

        var events = Channel.CreateUnbounded<string>();
        using var stream = await http.GetStreamAsync("__serve/events", cancellationToken);
        _ = ReadEvents(stream, events.Writer);

        var targets = Directory.GetFiles(Path.Combine(input, "content", "guidelines"), "item-*.en.md").Order(StringComparer.Ordinal).ToArray();
        var latencies = new List<double>();
        for (var i = 0; i < edits; i++)
        {
            var file = targets[(i * 7919) % targets.Length];
            var url = $"en/guidelines/{Path.GetFileName(file)[..^".en.md".Length]}/";
            var marker = $"Latency probe {i} {Guid.NewGuid():N}.";
            var text = await File.ReadAllTextAsync(file, cancellationToken);
            var edited = FirstParagraph().Replace(text, m => m.Value.TrimEnd('\n') + $" {marker}\n\n", 1);
            await Task.Delay(300, cancellationToken);
            while (events.Reader.TryRead(out _))
            {
            }

            var clock = Stopwatch.StartNew();
            await File.WriteAllTextAsync(file, edited, cancellationToken);
            var name = await events.Reader.ReadAsync(cancellationToken).AsTask().WaitAsync(Patience, cancellationToken);
            var page = await http.GetStringAsync(url, cancellationToken);
            clock.Stop();
            if (name != "reload" || !page.Contains(marker, StringComparison.Ordinal))
            {
                Console.Error.WriteLine($"edit {i} of {file}: got '{name}', marker {(page.Contains(marker, StringComparison.Ordinal) ? "found" : "missing")} on /{url}");
                Console.Error.WriteLine(log.ToString());
                return 1;
            }

            latencies.Add(clock.Elapsed.TotalMilliseconds);
            Console.WriteLine($"  edit {i + 1,2}: {clock.Elapsed.TotalMilliseconds,7:F1} ms  /{url}");
        }

        await stop.CancelAsync();
        await server;
        var sorted = latencies.Order().ToList();
        var median = sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
        var p95 = sorted[(int)Math.Ceiling(0.95 * sorted.Count) - 1];
        Console.WriteLine();
        Console.WriteLine("  serve log (last rebuilds):");
        foreach (var line in log.ToString().Split('\n').Where(l => l.StartsWith("rebuilt", StringComparison.Ordinal)).TakeLast(3))
        {
            Console.WriteLine("    " + line);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"latency groups={groups} docs={corpus.Documents} edits={edits} median={median:F1}ms p95={p95:F1}ms min={sorted[0]:F1}ms max={sorted[^1]:F1}ms"));
        Directory.Delete(root, recursive: true);
        return 0;
    }

    [GeneratedRegex(@"\n\n(?=[A-Za-z])[^\n#|>*\-0-9][^\n]*\n\n")]
    private static partial Regex FirstParagraph();

    private static async Task ReadEvents(Stream stream, ChannelWriter<string> events)
    {
        using var reader = new StreamReader(stream);
        while (await reader.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal)) events.TryWrite(line[7..]);
        }
    }

    private static async Task WaitUntilServing(HttpClient http, Task<int> server)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            if (server.IsCompleted) throw new InvalidOperationException($"serve exited with {await server}");
            try
            {
                if ((await http.GetAsync("en/")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("serve did not start");
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
