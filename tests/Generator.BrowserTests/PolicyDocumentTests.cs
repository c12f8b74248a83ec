using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Generator.Build;
using Generator.IO;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Generator.BrowserTests;

/// <summary>
/// The policy fixture (tests/Generator.Tests/fixtures/policy) built with this machine's
/// Chromium and served with its Netlify headers by a local stand-in that also receives form
/// posts as Netlify Forms would: the PDFs of record are read back, and the open consultation's
/// form is filled in and sent from a browser.
/// </summary>
public sealed class PolicyDocumentTests : IClassFixture<PolicyDocumentTests.Served>, IClassFixture<Browser>
{
    private readonly Served _site;
    private readonly Browser _browser;

    public PolicyDocumentTests(Served site, Browser browser) => (_site, _browser) = (site, browser);

    /// <summary>The fixture, built for 1 January 2026, and a stand-in for Netlify that records what forms post.</summary>
    public sealed class Served : IAsyncLifetime
    {
        private WebApplication? _server;

        public string Output { get; } = Path.Combine(Path.GetTempPath(), "generator-policy-" + Guid.NewGuid().ToString("N"));

        public string BaseUrl { get; private set; } = string.Empty;

        public ConcurrentQueue<IFormCollection> Posts { get; } = new();

        public async Task InitializeAsync()
        {
            var root = Path.GetDirectoryName(BuiltSite.ArtifactsDirectory)!;
            var site = Path.Combine(root, "Generator.Tests", "fixtures", "policy");
            var result = new SiteBuilder(new PhysicalFileSystem(), new FixedClock(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero))).Build(new BuildOptions
            {
                InputDirectory = Path.Combine(site, "input"),
                ThemeDirectory = Path.Combine(root, "..", "theme"),
                OutputDirectory = Path.Combine(Output, "public"),
                DisplayRoot = site,
                CacheDirectory = Path.Combine(Output, "cache"),
            });
            if (!result.Succeeded || result.Diagnostics.Length > 0)
            {
                throw new InvalidOperationException("the policy fixture does not build cleanly:\n" + string.Join("\n", result.Diagnostics));
            }

            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            _server = builder.Build();
            var headers = NetlifyHeaders.Parse(System.IO.File.ReadAllText(Path.Combine(Output, "public", "_headers")));
            _server.Use(async (context, next) =>
            {
                foreach (var (name, value) in headers.For(context.Request.Path.Value ?? "/"))
                {
                    context.Response.Headers[name] = value;
                }

                // Netlify Forms: a POST to a page of the site is recorded, then the page is shown.
                if (HttpMethods.IsPost(context.Request.Method))
                {
                    Posts.Enqueue(await context.Request.ReadFormAsync());
                    context.Request.Method = HttpMethods.Get;
                }

                await next();
            });
            var files = new PhysicalFileProvider(Path.Combine(Output, "public"));
            _server.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            _server.UseStaticFiles(new StaticFileOptions { FileProvider = files, ServeUnknownFileTypes = true });
            await _server.StartAsync();
            BaseUrl = _server.Urls.First().TrimEnd('/');
        }

        public string File(string path) => Path.Combine(Output, "public", path);

        public async Task DisposeAsync()
        {
            if (_server is not null) await _server.DisposeAsync();
            if (Directory.Exists(Output)) Directory.Delete(Output, recursive: true);
        }
    }

    [Fact]
    public void The_pdf_of_record_is_tagged_with_bookmarks_language_title_author_and_a_footer_with_its_permanent_address()
    {
        using var pdf = PdfDocument.Open(_site.File("fr/lignes-directrices/housing/housing.pdf"));

        var catalog = pdf.Structure.Catalog.CatalogDictionary;
        Assert.Equal("fr", Assert.IsType<StringToken>(catalog.Data["Lang"]).Data);
        var markInfo = Assert.IsType<DictionaryToken>(catalog.Data["MarkInfo"]);
        Assert.True(Assert.IsType<BooleanToken>(markInfo.Data["Marked"]).Data);
        Assert.True(catalog.Data.ContainsKey("StructTreeRoot"));
        Assert.Equal("Le logement des nouveaux arrivants", pdf.Information.Title);
        Assert.Equal("Réseau des villes portuaires", pdf.Information.Author);
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var titles = bookmarks.GetNodes().Select(n => n.Title).ToArray();
        Assert.Contains("Objet", titles);
        Assert.Contains("Suivi", titles);
        var footer = "Le logement des nouveaux arrivants · Version 3 · 20 février 2024 · https://policy.example.org/fr/lignes-directrices/housing/v3/";
        Assert.All(pdf.GetPages(), page => Assert.Contains(Words(footer), Words(page.Text)));
        Assert.Contains(Words($"Page 1 sur {pdf.NumberOfPages}"), Words(pdf.GetPage(1).Text));
    }

    [Fact]
    public async Task The_pdf_text_is_the_text_of_the_page()
    {
        var page = await _browser.OpenAsync(_site.BaseUrl + "/en/guidelines/housing/v2/");
        var blocks = await page.Locator(".prose :is(h2, p, li)").AllInnerTextsAsync();
        using var pdf = PdfDocument.Open(_site.File("en/guidelines/housing/v2/housing-v2.pdf"));
        // Poppler's pdftotext reads the text in reading order, as a screen reader would.
        var text = Words(PdfText(_site.File("en/guidelines/housing/v2/housing-v2.pdf")));

        Assert.NotEmpty(blocks);
        var at = 0;
        foreach (var block in blocks)
        {
            var found = text.IndexOf(Words(block), at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"'{block}' is not in the PDF's text after position {at}");
            at = found;
        }

        Assert.Equal("en", Assert.IsType<StringToken>(pdf.Structure.Catalog.CatalogDictionary.Data["Lang"]).Data);
        Assert.Contains("Housing for newcomers · Version 2 · 15 September 2023 ·", text);
        Assert.Contains("https://policy.example.org/en/guidelines/housing/v2/ Page 1 of", text);
    }

    [Fact]
    public async Task The_open_consultation_form_is_validated_by_the_browser_and_posts_its_fields_as_netlify_expects()
    {
        var page = await _browser.OpenAsync(_site.BaseUrl + "/en/guidelines/language-courses/");
        var form = page.Locator("form.consultation-form");
        Assert.Equal("true", await form.GetAttributeAsync("data-netlify"));
        Assert.Equal("bot-field", await form.GetAttributeAsync("netlify-honeypot"));
        Assert.False(await page.Locator("input[name=bot-field]").IsVisibleAsync());
        var before = _site.Posts.Count;

        // Empty required fields: the browser refuses to send, without a script.
        await page.GetByRole(AriaRole.Button, new() { Name = "Send your response" }).ClickAsync();
        Assert.False(await form.EvaluateAsync<bool>("f => f.checkValidity()"));
        await page.FillAsync("#response-email", "not an address");
        Assert.False(await page.Locator("#response-email").EvaluateAsync<bool>("e => e.validity.valid"));
        Assert.Equal(before, _site.Posts.Count);

        await page.FillAsync("#response-name", "Ana Lopes");
        await page.FillAsync("#response-email", "ana@example.org");
        await page.FillAsync("#response-organisation", "City of Porto");
        await page.FillAsync("#response-text", "Evening courses should also be offered online.");
        await Task.WhenAll(page.WaitForURLAsync("**/en/consultations/thank-you/"), page.GetByRole(AriaRole.Button, new() { Name = "Send your response" }).ClickAsync());

        Assert.Equal("Thank you for your response", await page.Locator("h1").InnerTextAsync());
        Assert.Equal(before + 1, _site.Posts.Count);
        var posted = _site.Posts.Last();
        Assert.Equal("consultation-guidelines-language-courses", posted["form-name"]);
        Assert.Equal("guidelines/language-courses", posted["document"]);
        Assert.Equal("en", posted["language"]);
        Assert.Equal(("Ana Lopes", "ana@example.org", "City of Porto"), (posted["name"].ToString(), posted["email"].ToString(), posted["organisation"].ToString()));
        Assert.Equal("Evening courses should also be offered online.", posted["response"]);
        Assert.Equal(string.Empty, posted["bot-field"]);
    }

    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task Policy_pages_have_no_wcag_violations_and_fit_each_width(int width)
    {
        var directory = Path.Combine(BuiltSite.ArtifactsDirectory, "screenshots", "policy");
        Directory.CreateDirectory(directory);
        foreach (var (name, path) in Pages)
        {
            var page = await _browser.OpenAsync(_site.BaseUrl + path, width, 900);
            Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), $"{path} scrolls sideways at {width} px");
            var results = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
            Assert.True(results.Violations.Length == 0, path + ":\n" + string.Join("\n", results.Violations.Select(v =>
                $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))})")));
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(directory, $"{name}-{width}.png"), FullPage = true });
        }
    }

    /// <summary>The policy pages looked at: a comparison, an open consultation with its form, a superseded document, a version with its history, the consultations' list.</summary>
    private static readonly (string Name, string Path)[] Pages =
    [
        ("changes", "/fr/lignes-directrices/housing/v2/changes/"),
        ("consultation", "/en/guidelines/language-courses/"),
        ("superseded", "/en/guidelines/schools/"),
        ("version", "/en/guidelines/housing/v1/"),
        ("consultations", "/fr/consultations/"),
        ("thanks", "/en/consultations/thank-you/"),
    ];

    private static string PdfText(string file)
    {
        var start = new System.Diagnostics.ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(file);
        start.ArgumentList.Add("-");
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output;
    }

    private static string Words(string text) => Regex.Replace(text.Replace('\u00a0', ' ').Replace('\u202f', ' '), @"\s+", " ").Trim();
}
