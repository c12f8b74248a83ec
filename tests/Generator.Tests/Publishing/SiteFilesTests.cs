using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Generator.Tests.Build;
using Generator.Tests.Support;

namespace Generator.Tests.Publishing;

/// <summary>
/// The real site's machine-readable files: the sitemap against the sitemaps.org schema
/// (xmllint), well-formed RSS 2.0 and Atom 1.0 feeds with absolute URLs, JSON-LD that parses,
/// iCalendar files in RFC 5545's shape, robots.txt, and fingerprinted assets.
/// </summary>
public sealed partial class SiteFilesTests(RealSiteTests.BuiltSite site) : IClassFixture<RealSiteTests.BuiltSite>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    [Fact]
    public void Sitemap_validates_against_the_schema_and_lists_every_real_translation()
    {
        var start = new ProcessStartInfo("xmllint") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "--noout", "--nonet", "--schema", Path.Combine(Repo.Root, "tests", "tools", "sitemap.xsd"), Path.Combine(site.Output, "sitemap.xml") })
        {
            start.ArgumentList.Add(argument);
        }

        using var xmllint = Process.Start(start)!;
        var report = xmllint.StandardError.ReadToEnd();
        xmllint.WaitForExit();
        Assert.True(xmllint.ExitCode == 0, report);

        var urls = XDocument.Load(Path.Combine(site.Output, "sitemap.xml")).Root!.Elements(Sitemap + "url").ToList();
        var guideline = urls.Single(u => u.Element(Sitemap + "loc")!.Value.EndsWith("/fr/lignes-directrices/strategie-integration-jeunes-migrants/", StringComparison.Ordinal));
        Assert.Equal(["en", "fr", "nl", "x-default"], guideline.Elements(Xhtml + "link").Select(l => l.Attribute("hreflang")!.Value));
        Assert.DoesNotContain(urls, u => u.Element(Sitemap + "loc")!.Value.EndsWith("404.html", StringComparison.Ordinal));
        Assert.Equal($"User-agent: *\nAllow: /\n\nSitemap: https://migration-integration.netlify.app/sitemap.xml\n", site.Read("robots.txt"));
    }

    [Theory]
    [InlineData("en", "news")]
    [InlineData("fr", "news")]
    [InlineData("nl", "publications")]
    [InlineData("fr", "publications")]
    public void Feeds_are_well_formed_rss_and_atom_with_absolute_urls(string language, string feed)
    {
        var rss = XDocument.Load(Path.Combine(site.Output, language, "feeds", feed + ".rss.xml")).Root!;
        Assert.Equal(("rss", "2.0"), (rss.Name.LocalName, rss.Attribute("version")!.Value));
        var channel = rss.Element("channel")!;
        Assert.All(new[] { "title", "link", "description" }, name => Assert.False(string.IsNullOrWhiteSpace(channel.Element(name)?.Value), name));
        Assert.Equal(language, channel.Element("language")!.Value);
        var items = channel.Elements("item").ToList();
        Assert.NotEmpty(items);
        Assert.All(items, item =>
        {
            Assert.StartsWith($"https://migration-integration.netlify.app/{language}/", item.Element("link")!.Value);
            Assert.True(item.Element("pubDate") is not { } date || DateTimeOffset.TryParse(date.Value, out _));
        });

        var atom = XDocument.Load(Path.Combine(site.Output, language, "feeds", feed + ".atom.xml")).Root!;
        Assert.Equal(Atom + "feed", atom.Name);
        Assert.All(new[] { "id", "title", "updated" }, name => Assert.NotNull(atom.Element(Atom + name)));
        Assert.NotNull(atom.Element(Atom + "author")?.Element(Atom + "name"));
        var entries = atom.Elements(Atom + "entry").ToList();
        Assert.Equal(items.Count, entries.Count);
        Assert.All(entries, entry =>
        {
            Assert.All(new[] { "id", "title", "updated" }, name => Assert.NotNull(entry.Element(Atom + name)));
            Assert.StartsWith("https://", entry.Element(Atom + "link")!.Attribute("href")!.Value);
        });
    }

    [Fact]
    public void Every_json_ld_block_parses_and_names_its_kind()
    {
        var types = new HashSet<string>();
        foreach (var file in site.HtmlFiles)
        {
            foreach (Match block in JsonLd().Matches(site.Read(file)))
            {
                using var json = JsonDocument.Parse(block.Groups["json"].Value);
                Assert.Equal("https://schema.org", json.RootElement.GetProperty("@context").GetString());
                types.Add(json.RootElement.GetProperty("@type").GetString()!);
            }
        }

        Assert.Superset(new HashSet<string> { "Article", "NewsArticle", "Event", "Person", "Organization", "Place", "CollectionPage" }, types);
    }

    [Fact]
    public void Guidelines_and_statements_carry_citation_metadata_and_a_cite_this_block()
    {
        var page = site.Read("fr/lignes-directrices/strategie-integration-jeunes-migrants/index.html");
        Assert.Contains("<meta name=\"citation_title\" content=", page);
        Assert.Contains("<meta name=\"citation_language\" content=\"fr\">", page);
        Assert.Contains("<meta name=\"DC.identifier\" content=\"https://migration-integration.netlify.app/fr/lignes-directrices/strategie-integration-jeunes-migrants/\">", page);
        Assert.Contains("<pre><code>@misc{", page);
        Assert.Contains("TY  - RPRT", page);
    }

    [Fact]
    public void Calendars_follow_rfc_5545s_shape()
    {
        var files = GoldenDirectory.Files(site.Output).Where(f => f.EndsWith(".ics", StringComparison.Ordinal)).ToList();
        Assert.Contains("en/events.ics", files);
        Assert.True(files.Count > 10, $"{files.Count} calendars");
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(Path.Combine(site.Output, file));
            var text = Encoding.UTF8.GetString(bytes);
            Assert.StartsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:", text);
            Assert.EndsWith("END:VCALENDAR\r\n", text);
            Assert.DoesNotContain(text.Split("\r\n"), line => line.Contains('\n') || Encoding.UTF8.GetByteCount(line) > 75);
            Assert.Equal(Regex.Count(text, "BEGIN:VEVENT"), Regex.Count(text, "\r\nDTSTART"));
        }
    }

    [Fact]
    public void Theme_assets_are_published_under_content_hashed_names()
    {
        var assets = GoldenDirectory.Files(site.Output).Where(f => f.StartsWith("assets/", StringComparison.Ordinal)).ToList();
        Assert.Contains(assets, a => AssetName().IsMatch(a) && a.StartsWith("assets/css/site.", StringComparison.Ordinal));
        Assert.Contains(assets, a => AssetName().IsMatch(a) && a.StartsWith("assets/js/site.", StringComparison.Ordinal));
        Assert.False(File.Exists(Path.Combine(site.Output, "css", "site.css")));
        var css = assets.Single(a => a.StartsWith("assets/css/site.", StringComparison.Ordinal));
        Assert.Contains($"<link rel=\"stylesheet\" href=\"/{css}\">", site.Read("en/index.html"));
        var map = assets.Single(a => AssetName().IsMatch(a) && a.StartsWith("assets/css/map.", StringComparison.Ordinal));
        Assert.Contains($"<link rel=\"stylesheet\" href=\"/{map}\">", site.Read("en/map/index.html"));
        Assert.DoesNotContain(map, site.Read("en/index.html"));
    }

    [Fact]
    public void Search_indexes_each_languages_real_documents_only_without_navigation()
    {
        using var entry = JsonDocument.Parse(site.Read("pagefind/pagefind-entry.json"));
        foreach (var language in new[] { "en", "fr", "nl" })
        {
            var indexed = site.HtmlFiles.Where(f => f.StartsWith(language + "/", StringComparison.Ordinal))
                .Select(site.Read).Where(html => html.Contains(" data-pagefind-body", StringComparison.Ordinal)).ToList();
            Assert.All(indexed, html =>
            {
                Assert.DoesNotContain("<meta name=\"robots\" content=\"noindex\">", html);
                var body = html.IndexOf(" data-pagefind-body", StringComparison.Ordinal);
                Assert.True(html.LastIndexOf("<article", body, StringComparison.Ordinal) > html.IndexOf("</nav>", StringComparison.Ordinal));
            });
            Assert.Equal(indexed.Count, entry.RootElement.GetProperty("languages").GetProperty(language).GetProperty("page_count").GetInt32());
        }
    }

    [GeneratedRegex("<script type=\"application/ld\\+json\">(?<json>.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLd();

    [GeneratedRegex(@"^assets/.+\.[0-9a-f]{10}\.[a-z0-9]+$")]
    private static partial Regex AssetName();
}
