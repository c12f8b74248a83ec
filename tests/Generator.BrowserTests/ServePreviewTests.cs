using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Playwright;

namespace Generator.BrowserTests;

/// <summary>
/// The <c>serve</c> preview of the real site (a copy of input/ and theme/), in Chromium: a page
/// is styled, its stylesheet loads, and nothing breaks the Content-Security-Policy the preview
/// sends from the build's _headers file, live reload included; a broken file brings up the
/// error overlay (styled, errors apart from warnings, long lines wrapped), which the keyboard
/// dismisses; before any good build, pages say the site is not built and show the overlay.
/// Screenshots go to tests/artifacts/screenshots/serve-*.png.
/// </summary>
public sealed class ServePreviewTests(Browser browser) : IClassFixture<Browser>
{
    private const string OverlayId = "#__serve-overlay";
    private const string EventsPath = "/__serve/events";
    private static readonly string BrokenDocument =
        "---\ntitle: Broken\ndate: someday\nsummary: " + string.Concat(Enumerable.Repeat("averylongwordwithoutanyspace", 20)) + "\n---\nBroken.\n";

    private static string Screenshots => Path.Combine(BuiltSite.ArtifactsDirectory, "screenshots");

    [Fact]
    public async Task A_served_page_is_styled_loads_its_stylesheet_and_keeps_to_the_policy()
    {
        await using var serve = await Serve.StartAsync();
        Directory.CreateDirectory(Screenshots);
        foreach (var width in new[] { 375, 1280 })
        {
            var (page, violations, stylesheets, policy) = await OpenAsync(serve.BaseUrl + "/en/", width);

            var body = await page.EvaluateAsync<string[]>("() => { const s = getComputedStyle(document.body); return [s.margin, s.fontFamily]; }");
            var header = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('header')).borderBottomStyle");
            await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, $"serve-en-home-{width}.png"), FullPage = true });
            await page.Context.CloseAsync();

            Assert.Contains(stylesheets, s => s.Url.Contains("/assets/css/site.", StringComparison.Ordinal) && s.Status == 200);
            Assert.Equal("0px", body[0]);
            Assert.Contains("system-ui", body[1]);
            Assert.Equal("solid", header);
            Assert.Contains("style-src 'self';", policy);
            Assert.Empty(violations);
        }
    }

    [Fact]
    public async Task A_broken_file_brings_up_the_overlay_which_the_keyboard_dismisses()
    {
        await using var serve = await Serve.StartAsync();
        Directory.CreateDirectory(Screenshots);
        var (page, violations, _, _) = await OpenAsync(serve.BaseUrl + "/en/", 1280);

        File.WriteAllText(Path.Combine(serve.Input, "content", "broken.en.md"), BrokenDocument);
        var overlay = page.Locator($"{OverlayId} .overlay");
        await overlay.WaitForAsync();
        await page.WaitForFunctionAsync($"() => getComputedStyle(document.querySelector('{OverlayId}').shadowRoot.querySelector('.overlay')).position === 'fixed'");
        var text = await overlay.InnerTextAsync();
        var overflow = await overlay.EvaluateAsync<int>("o => o.scrollWidth - o.clientWidth");
        var focused = await page.EvaluateAsync<string?>($"() => document.querySelector('{OverlayId}').shadowRoot.activeElement?.textContent");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "serve-overlay-1280.png") });
        await page.SetViewportSizeAsync(375, 800);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "serve-overlay-375.png") });

        Assert.Contains("Build failed: 1 error", text);
        Assert.Contains("Errors (1)", text);
        Assert.Contains("GEN012", text);
        Assert.Contains("last good build", text);
        Assert.True(overflow <= 0, $"{overflow}px of horizontal scrolling in the overlay");
        Assert.Equal("Dismiss", focused);

        await page.Keyboard.PressAsync("Enter");
        await page.Locator(OverlayId).WaitForAsync(new() { State = WaitForSelectorState.Detached });

        var reloaded = page.WaitForResponseAsync(r => r.Request.IsNavigationRequest);
        File.Delete(Path.Combine(serve.Input, "content", "broken.en.md"));
        await reloaded;
        await page.WaitForLoadStateAsync();
        Assert.Equal(0, await page.Locator(OverlayId).CountAsync());
        await page.Context.CloseAsync();
        Assert.Empty(violations);
    }

    [Fact]
    public async Task Before_any_good_build_a_page_says_so_under_the_overlay()
    {
        await using var serve = await Serve.StartAsync(input => File.WriteAllText(Path.Combine(input, "content", "broken.en.md"), BrokenDocument));
        Directory.CreateDirectory(Screenshots);
        var (page, violations, _, _) = await OpenAsync(serve.BaseUrl + "/en/", 1280);

        var overlay = page.Locator($"{OverlayId} .overlay");
        await overlay.WaitForAsync();
        var text = await overlay.InnerTextAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "serve-not-built-overlay-1280.png") });
        await page.Keyboard.PressAsync("Escape");
        await page.Locator(OverlayId).WaitForAsync(new() { State = WaitForSelectorState.Detached });
        var heading = await page.InnerTextAsync("h1");
        await page.Context.CloseAsync();

        Assert.Contains("No build has succeeded yet", text);
        Assert.DoesNotContain("last good build", text);
        Assert.Equal("The site has not been built yet", heading);
        Assert.Empty(violations);
    }

    /// <summary>
    /// Opens a page, once it listens for rebuilds, with every Content-Security-Policy violation
    /// it reports, the stylesheets it loaded (their address and status) and the policy it got.
    /// </summary>
    private async Task<(IPage Page, List<string> Violations, List<(string Url, int Status)> Stylesheets, string? Policy)> OpenAsync(string url, int width)
    {
        var context = await browser.Chromium.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 800 } });
        context.SetDefaultTimeout(90_000);
        var page = await context.NewPageAsync();
        var violations = new List<string>();
        var stylesheets = new List<(string Url, int Status)>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) violations.Add(message.Text);
        };
        page.Response += (_, response) =>
        {
            if (response.Request.ResourceType == "stylesheet") stylesheets.Add((response.Url, response.Status));
        };
        var listening = page.WaitForResponseAsync(r => r.Url.EndsWith(EventsPath, StringComparison.Ordinal));
        var response = await page.GotoAsync(url);
        await listening;
        var policy = response is null ? null : await response.HeaderValueAsync("content-security-policy");
        return (page, violations, stylesheets, policy);
    }

    /// <summary>
    /// <c>serve</c> as its own process (the command line built beside this project) over a copy
    /// of the real site, until disposed.
    /// </summary>
    private sealed class Serve : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly StringBuilder _output = new();

        private Serve(string directory, int port)
        {
            Directory = directory;
            BaseUrl = $"http://127.0.0.1:{port}";
            var build = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var cli = Path.Combine(Root, "src", "Generator.Cli", "bin", build.Parent!.Name, build.Name, "Generator.Cli.dll");
            Assert.True(File.Exists(cli), $"{cli} missing: build the solution first");
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in new[] { cli, "serve", "--input", Input, "--theme", Path.Combine(directory, "theme"), "--port", port.ToString() })
            {
                start.ArgumentList.Add(argument);
            }

            _process = Process.Start(start) ?? throw new InvalidOperationException("cannot start serve");
            _process.OutputDataReceived += (_, e) => Append(e.Data);
            _process.ErrorDataReceived += (_, e) => Append(e.Data);
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
        }

        public string BaseUrl { get; }

        public string Input => Path.Combine(Directory, "input");

        private string Directory { get; }

        private static string Root => Path.GetFullPath(Path.Combine(BuiltSite.ArtifactsDirectory, "..", ".."));

        public static async Task<Serve> StartAsync(Action<string>? editInput = null)
        {
            var directory = Path.Combine(Path.GetTempPath(), "generator-serve-" + Guid.NewGuid().ToString("N"));
            CopyDirectory(Path.Combine(Root, "input"), Path.Combine(directory, "input"));
            CopyDirectory(Path.Combine(Root, "theme"), Path.Combine(directory, "theme"));
            editInput?.Invoke(Path.Combine(directory, "input"));
            var serve = new Serve(directory, FreePort());
            await serve.WaitUntilServing();
            return serve;
        }

        public async ValueTask DisposeAsync()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }

            _process.Dispose();
            System.IO.Directory.Delete(Directory, recursive: true);
        }

        private void Append(string? line)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }

        private async Task WaitUntilServing()
        {
            using var http = new HttpClient();
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
            while (DateTime.UtcNow < deadline && !_process.HasExited)
            {
                try
                {
                    using var response = await http.GetAsync(BaseUrl + "/__serve/live.js");
                    if (response.IsSuccessStatusCode) return;
                }
                catch (HttpRequestException)
                {
                }

                await Task.Delay(200);
            }

            lock (_output)
            {
                throw new InvalidOperationException("serve did not start:\n" + _output);
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
            foreach (var file in System.IO.Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(to, Path.GetRelativePath(from, file));
                System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
    }
}
