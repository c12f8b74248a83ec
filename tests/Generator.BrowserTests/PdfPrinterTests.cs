using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Generator.BrowserTests;

/// <summary>The PDF of record: one French guide printed by headless Chromium, read back with PdfPig and poppler.</summary>
public sealed class PdfPrinterTests(PdfPrinterFixture fixture) : IClassFixture<PdfPrinterFixture>
{
    private const string Title = "Guide d'été à Montréal";

    [Fact]
    public async Task The_pdf_is_tagged_in_French_with_bookmarks_from_the_headings_and_the_job_metadata()
    {
        var site = new PdfTestSite();
        var url = site.AddGuide("/fr/guides/ete/", Title, "https://cdn.example.net");

        var pdf = await fixture.Printer.PrintAsync(site.Job(url, Title), CancellationToken.None);

        using var document = PdfDocument.Open(pdf);
        var catalog = document.Structure.Catalog.CatalogDictionary;
        Assert.Equal("fr", Assert.IsType<StringToken>(catalog.Data["Lang"]).Data);
        Assert.True(catalog.ContainsKey(NameToken.Create("StructTreeRoot")));
        var markInfo = Assert.IsType<DictionaryToken>(catalog.Data["MarkInfo"]);
        Assert.True(Assert.IsType<BooleanToken>(markInfo.Data["Marked"]).Data);
        Assert.Equal(Title, document.Information.Title);
        Assert.Equal("Ville de Montréal", document.Information.Author);
        Assert.Equal("Un guide pour l'été", document.Information.Subject);
        Assert.Equal("D:20200503120000+02'00'", document.Information.CreationDate);
        Assert.Equal("D:20200503120000+02'00'", document.Information.ModifiedDate);
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        var outline = bookmarks.GetNodes().Select(node => $"{node.Level}:{node.Title}");
        Assert.Equal(["0:" + Title, "1:Première partie", "2:Détails pratiques", "1:Deuxième partie"], outline);
        // A4 (595.3 × 841.9 pt) as Chromium rounds it to its pixels.
        Assert.All(document.GetPages(), page => Assert.Equal((595.92, 841.92), (Math.Round(page.Width, 2), Math.Round(page.Height, 2))));

        var info = await Poppler("pdfinfo", pdf);
        Assert.Contains("Title:           Guide d'été à Montréal\n", info);
        Assert.Contains("Author:          Ville de Montréal\n", info);
        Assert.Contains("Tagged:          yes\n", info);
        Assert.DoesNotContain("rror", info);
    }

    [Fact]
    public async Task Every_page_has_the_footer_and_the_text_is_the_page_text_with_the_stylesheet_applied()
    {
        var site = new PdfTestSite();
        var url = site.AddGuide("/fr/guides/ete/", Title, "https://cdn.example.net");

        var pages = await PageTexts(await fixture.Printer.PrintAsync(site.Job(url, Title), CancellationToken.None));

        Assert.True(pages.Length >= 2, $"the guide fills {pages.Length} page(s)");
        var footer = $"{Title} · Version 2 · 3 mai 2020 · <{url}v2/> & co";
        var body = new List<string>();
        for (var i = 0; i < pages.Length; i++)
        {
            var text = Normalize(pages[i]);
            var label = $"Page {i + 1} / {pages.Length}";
            Assert.EndsWith(label, text);
            var footerAt = text.LastIndexOf(footer, StringComparison.Ordinal);
            Assert.True(footerAt >= 0, $"page {i + 1} has no footer: {text}");
            body.Add(text[..footerAt].Trim());
        }

        Assert.Equal(PdfTestSite.GuideText(Title), string.Join(' ', body));
    }

    [Fact]
    public async Task Only_the_site_origin_is_served_and_other_origins_never_see_a_request()
    {
        using var elsewhere = new TcpListener(IPAddress.Loopback, 0);
        elsewhere.Start();
        var site = new PdfTestSite();
        var url = site.AddGuide("/fr/guides/ete/", Title, $"http://127.0.0.1:{((IPEndPoint)elsewhere.LocalEndpoint).Port}");

        await fixture.Printer.PrintAsync(site.Job(url, Title), CancellationToken.None);

        // Chromium may also ask for /favicon.ico, at a time of its choosing: served from the build too.
        var requests = site.Requests.Where(r => r.Key != "/favicon.ico").Select(r => $"{r.Key}:{r.Value}").Order();
        Assert.Equal(["/css/site.css:1", "/fr/guides/ete/:1", "/images/absente.png:1"], requests);
        Assert.False(elsewhere.Pending(), "Chromium connected to another origin");
    }

    [Fact]
    public async Task Two_pages_print_at_once_each_with_its_own_metadata()
    {
        var site = new PdfTestSite();
        var first = site.Job(site.AddGuide("/fr/guides/ete/", Title, "https://cdn.example.net"), Title);
        var second = site.Job(site.AddGuide("/fr/guides/hiver/", "Guide d'hiver à Québec", "https://cdn.example.net"), "Guide d'hiver à Québec", author: null);

        var pdfs = await Task.WhenAll(fixture.Printer.PrintAsync(first, CancellationToken.None), fixture.Printer.PrintAsync(second, CancellationToken.None));

        using var one = PdfDocument.Open(pdfs[0]);
        using var two = PdfDocument.Open(pdfs[1]);
        Assert.Equal((Title, "Ville de Montréal"), (one.Information.Title, one.Information.Author));
        Assert.Equal(("Guide d'hiver à Québec", null), (two.Information.Title, two.Information.Author));
        Assert.StartsWith("Guide d'hiver à Québec À LIRE", Normalize((await PageTexts(pdfs[1]))[0]));
    }

    [Fact]
    public async Task The_same_job_printed_twice_gives_the_same_bytes()
    {
        var site = new PdfTestSite();
        var job = site.Job(site.AddGuide("/fr/guides/ete/", Title, "https://cdn.example.net"), Title);

        var first = await fixture.Printer.PrintAsync(job, CancellationToken.None);
        var second = await fixture.Printer.PrintAsync(job, CancellationToken.None);

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task A_page_missing_from_the_build_is_an_error_that_names_it()
    {
        var site = new PdfTestSite();

        var error = await Assert.ThrowsAsync<Generator.Publishing.Pdf.PdfPrintException>(
            () => fixture.Printer.PrintAsync(site.Job(PdfTestSite.Origin + "/fr/absente/", "Absente"), CancellationToken.None));

        Assert.Equal("the build has no page at /fr/absente/ to print", error.Message);
    }

    [Fact]
    public async Task A_cancelled_print_stops_promptly_and_the_printer_still_prints()
    {
        var site = new PdfTestSite();
        var endless = site.AddGuide("/fr/boucle/", "Boucle", "https://cdn.example.net", "<script>for (;;) {}</script>");
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
        var clock = System.Diagnostics.Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fixture.Printer.PrintAsync(site.Job(endless, "Boucle"), cancellation.Token));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(8), $"cancelling took {clock.Elapsed}");
        var pdf = await fixture.Printer.PrintAsync(site.Job(site.AddGuide("/fr/guides/ete/", Title, "https://cdn.example.net"), Title), CancellationToken.None);
        using var document = PdfDocument.Open(pdf);
        Assert.Equal(Title, document.Information.Title);
    }

    internal static string Normalize(string text) => Regex.Replace(text, @"\s+", " ").Trim();

    internal static async Task<string> Poppler(string tool, byte[] pdf, params string[] arguments)
    {
        var file = Path.Combine(Path.GetTempPath(), $"pdf-test-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            var (exitCode, output) = await ExternalTool.RunAsync(tool, [.. arguments, file, .. tool == "pdftotext" ? new[] { "-" } : []], TimeSpan.FromSeconds(30));
            Assert.True(exitCode == 0, output);
            return output;
        }
        finally
        {
            File.Delete(file);
        }
    }

    internal static async Task<string[]> PageTexts(byte[] pdf) =>
        (await Poppler("pdftotext", pdf, "-enc", "UTF-8")).Split('\f')[..^1];
}
