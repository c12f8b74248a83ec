using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Generator.Build;
using Generator.Configuration;
using Generator.Diagnostics;
using Generator.IO;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Generator.BrowserTests;

/// <summary>
/// The real site (input/ and theme/), built once into a temporary folder (search index included)
/// and served over HTTP on 127.0.0.1 with the headers of its _headers file, with the URL of one
/// page of each type in each language, read from graph.json.
/// </summary>
public sealed class BuiltSite : IAsyncLifetime
{
    public static readonly string[] Languages = ["en", "fr", "nl"];

    private WebApplication? _server;

    public string Root { get; } = FindRoot();

    public string Output { get; } = Path.Combine(Path.GetTempPath(), "generator-browser-" + Guid.NewGuid().ToString("N"));

    public string BaseUrl { get; private set; } = string.Empty;

    public SiteConfig Config { get; private set; } = null!;

    public static string ArtifactsDirectory => Path.Combine(FindRoot(), "tests", "artifacts");

    public async Task InitializeAsync()
    {
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        var result = new SiteBuilder(new PhysicalFileSystem(), new SystemClock()).Build(new BuildOptions
        {
            InputDirectory = Path.Combine(Root, "input"),
            ThemeDirectory = Path.Combine(Root, "theme"),
            OutputDirectory = Output,
            DisplayRoot = Root,
            BaseUrl = BaseUrl + "/",
        });
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("the real site does not build:\n" + string.Join("\n", result.Diagnostics));
        }

        Config = new SiteConfigLoader().Load(File.ReadAllText(Path.Combine(Root, "input", "site.yml")), "site.yml", null, new DiagnosticBag())!;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(BaseUrl);
        _server = builder.Build();
        // linkchecker sends at most 10 requests a second to a host unless the host answers with
        // a "LinkChecker" header; this server is ours, so it may go faster.
        // The headers Netlify would send, from the _headers file the build wrote (the CSP above all).
        var headers = NetlifyHeaders.Parse(File.ReadAllText(Path.Combine(Output, "_headers")));
        _server.Use(async (context, next) =>
        {
            context.Response.Headers["LinkChecker"] = "allow";
            foreach (var (name, value) in headers.For(context.Request.Path.Value ?? "/"))
            {
                context.Response.Headers[name] = value;
            }

            await next();
        });
        var files = new PhysicalFileProvider(Output);
        _server.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        _server.UseStaticFiles(new StaticFileOptions { FileProvider = files, ServeUnknownFileTypes = true });
        await _server.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
        if (Directory.Exists(Output)) Directory.Delete(Output, recursive: true);
    }

    /// <summary>The URL of a page of the given kind in a language, as a path ("/fr/villes/anvers/").</summary>
    public string PathOf(string kind, string language)
    {
        switch (kind)
        {
            case "home":
                return $"/{language}/";
            case "404":
                return $"/{language}/404.html";
            case "tags":
                return $"/{language}/{Config.Model.Taxonomy("tags")!.Segment(language)}/";
            case "tag":
                var index = File.ReadAllText(Path.Combine(Output, language, Config.Model.Taxonomy("tags")!.Segment(language), "index.html"));
                var start = index.IndexOf($"href=\"/{language}/{Config.Model.Taxonomy("tags")!.Segment(language)}/", StringComparison.Ordinal) + 6;
                return index[start..index.IndexOf('"', start)];
            case "list":
                return $"/{language}/{Config.Section("news").Segment(language)}/";
            case "search":
                return language switch { "fr" => "/fr/recherche/", "nl" => "/nl/zoeken/", _ => $"/{language}/search/" };
            case "map":
                return $"/{language}/{Config.Map.Segment(language)}/";
        }

        // graph.json names a news page's kind "news item".
        var graphKind = kind == "news" ? "news item" : kind;
        using var graph = JsonDocument.Parse(File.ReadAllText(Path.Combine(Output, language, "graph.json")));
        var node = graph.RootElement.GetProperty("nodes").EnumerateArray()
            .FirstOrDefault(n => n.GetProperty("kind").GetString() == graphKind && n.GetProperty("lang").GetString() == language);
        if (node.ValueKind == JsonValueKind.Undefined)
        {
            throw new InvalidOperationException($"no '{kind}' page in '{language}'");
        }

        return node.GetProperty("url").GetString()!;
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Generator.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("Generator.sln not found");
    }
}
