using Generator.Publishing.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Generator.BrowserTests;

/// <summary>
/// Where no Chromium is installed (Netlify's build image), the PDFs of record come from the npm
/// package @sparticuz/chromium that the repository's lock file pins: with neither CHROME_PATH nor
/// a browser on the PATH, only Node.js, the locator unpacks the package's Chromium, and it prints
/// a tagged PDF with bookmarks and the page's language.
/// </summary>
public sealed class PackagedChromiumTests
{
    [Fact]
    public async Task Without_an_installed_browser_the_packaged_chromium_prints_a_tagged_pdf()
    {
        var root = Path.GetDirectoryName(Path.GetDirectoryName(BuiltSite.ArtifactsDirectory))!;
        var nodeOnly = Directory.CreateTempSubdirectory("node-only-");
        try
        {
            var node = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
                .Select(folder => Path.Combine(folder, "node")).First(File.Exists);
            File.CreateSymbolicLink(Path.Combine(nodeOnly.FullName, "node"), node);

            var browser = PdfBrowser.Locate(Path.Combine(root, "input"), name => name == "PATH" ? nodeOnly.FullName : null, out var missing);

            Assert.True(browser is not null, missing);
            Assert.DoesNotContain("/usr/", browser!.Executable, StringComparison.Ordinal);
            var site = new PdfTestSite();
            var url = site.AddGuide("/guides/ete/", "Guide de l'été", "https://elsewhere.example");
            await using var printer = await PdfPrinter.StartAsync(browser, 1, PdfPrinter.DefaultPageTimeout, CancellationToken.None);
            var bytes = await printer.PrintAsync(site.Job(url, "Guide de l'été"), CancellationToken.None);

            using var pdf = PdfDocument.Open(bytes);
            var catalog = pdf.Structure.Catalog.CatalogDictionary;
            Assert.Equal("fr", Assert.IsType<StringToken>(catalog.Data["Lang"]).Data);
            Assert.True(Assert.IsType<BooleanToken>(Assert.IsType<DictionaryToken>(catalog.Data["MarkInfo"]).Data["Marked"]).Data);
            Assert.True(catalog.Data.ContainsKey("StructTreeRoot"));
            Assert.True(pdf.TryGetBookmarks(out var bookmarks));
            Assert.Contains("Première partie", bookmarks.GetNodes().Select(n => n.Title));
            Assert.Equal("Ville de Montréal", pdf.Information.Author);
        }
        finally
        {
            nodeOnly.Delete(recursive: true);
        }
    }
}
