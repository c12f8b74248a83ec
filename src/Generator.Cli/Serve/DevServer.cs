using System.Net;
using System.Net.Sockets;
using Generator.Build;
using Generator.IO;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Generator.Cli.Serve;

/// <summary>
/// <c>serve</c>: builds the site (drafts and scheduled documents included) in memory, serves it on
/// 127.0.0.1, watches <c>input/</c> and <c>theme/</c>, rebuilds after each burst of changes (reading
/// again only the files the watcher saw change) and tells open pages to reload, or shows them the
/// errors while the last good build stays served (before any good build, every page says the
/// site is not built yet). Each successful build replaces the served snapshot in one step, so a
/// half-built site is never served. What it answers and what it refuses: <see cref="PreviewRequests"/>.
/// </summary>
public sealed class DevServer(IFileSystem fileSystem, IClock clock, TextWriter log)
{
    public static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(60);

    public async Task<int> RunAsync(string input, string theme, int port, CancellationToken cancellationToken)
    {
        port = FreePortFrom(port);
        var baseUrl = $"http://127.0.0.1:{port}/";
        var hub = new LiveReloadHub();
        var cache = new BuildCache();
        var options = new BuildOptions
        {
            InputDirectory = input,
            ThemeDirectory = theme,
            WriteOutput = false,
            BaseUrlOrigin = baseUrl,
            IncludeDrafts = true,
            IncludeFuture = true,
        };

        // No snapshot until a build succeeds: until then every page is the not-built page.
        SiteSnapshot? site = null;
        using var building = new SemaphoreSlim(1, 1);
        async Task Rebuild(CancellationToken token)
        {
            await building.WaitAsync(token);
            try
            {
                Build(token);
            }
            finally
            {
                building.Release();
            }
        }

        void Build(CancellationToken token)
        {
            var result = new SiteBuilder(fileSystem, clock).Build(options, cache, token);
            if (result.Succeeded)
            {
                Volatile.Write(ref site, SiteSnapshot.Of(result.Output!));
                hub.Publish("reload", "{}");
                log.WriteLine(Summary.DescribeRebuild(result));
            }
            else
            {
                hub.Publish("errors", OverlayReport.Json(result.Diagnostics, Volatile.Read(ref site) is not null, fileSystem, options.DisplayRoot));
                DiagnosticPrinter.Print(result.Diagnostics, log);
                log.WriteLine(Volatile.Read(ref site) is null
                    ? $"build failed: {result.ErrorCount} error(s); no build has succeeded yet, so pages say the site is not built"
                    : $"build failed: {result.ErrorCount} error(s); still serving the last good build");
            }
        }

        // The watchers start before the first build, so no change made while it runs goes unseen.
        using var scheduler = new RebuildScheduler(Rebuild, QuietPeriod);
        cache.Changes.Track();
        using var inputWatcher = Watch(input, cache.Changes, scheduler);
        using var themeWatcher = Watch(theme, cache.Changes, scheduler);
        await Rebuild(cancellationToken);
        await using var app = CreateApp(baseUrl, () => Volatile.Read(ref site), hub);
        await app.StartAsync(cancellationToken);
        var address = baseUrl.TrimEnd('/') + (Volatile.Read(ref site)?.BasePath ?? "/");
        log.WriteLine($"Serving {input} with {theme} at {address} (drafts and scheduled documents shown); Ctrl+C to stop.");
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
        }

        hub.CloseAll();
        await app.StopAsync(CancellationToken.None);
        return CliApp.Success;
    }

    private static WebApplication CreateApp(string baseUrl, Func<SiteSnapshot?> site, LiveReloadHub hub)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(baseUrl);
        var app = builder.Build();
        // One handler for every request, whatever its path (no routing: a route's catch-all
        // parameter would skip the paths that look like file names).
        app.Run(new PreviewRequests(site, hub).HandleAsync);
        return app;
    }

    /// <summary>Every change is noted (so the next load reads only what changed), then a rebuild is scheduled.</summary>
    private static FileSystemWatcher Watch(string directory, SourceChanges changes, RebuildScheduler scheduler)
    {
        var watcher = new FileSystemWatcher(Path.GetFullPath(directory))
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        FileSystemEventHandler changed = (_, e) =>
        {
            changes.Add(e.FullPath);
            scheduler.Trigger();
        };
        watcher.Changed += changed;
        watcher.Created += changed;
        watcher.Deleted += changed;
        watcher.Renamed += (_, e) =>
        {
            changes.Add(e.OldFullPath);
            changes.Add(e.FullPath);
            scheduler.Trigger();
        };
        watcher.Error += (_, _) =>
        {
            changes.AddAll();
            scheduler.Trigger();
        };
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    /// <summary>The asked-for port, or the next free one after it.</summary>
    private static int FreePortFrom(int port)
    {
        var last = Math.Min(port + 99, IPEndPoint.MaxPort);
        for (var candidate = port; candidate <= last; candidate++)
        {
            try
            {
                var listener = new TcpListener(IPAddress.Loopback, candidate);
                listener.Start();
                listener.Stop();
                return candidate;
            }
            catch (SocketException)
            {
            }
        }

        throw new InvalidOperationException($"no free port from {port} to {last}");
    }
}
