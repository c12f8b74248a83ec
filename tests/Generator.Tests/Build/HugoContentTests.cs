using System.Text.Json;
using System.Text.RegularExpressions;
using Generator.Tests.Support;

namespace Generator.Tests.Build;

/// <summary>
/// Content as Hugo and Jekyll authors write it, built with the real site's model and theme in
/// four languages (German added): partial dates shown per language and written for machines,
/// dates and slugs from file names, keys in another case, Hugo's names, and <c>url</c>.
/// </summary>
public sealed partial class HugoContentTests : IClassFixture<HugoContentTests.BuiltSite>
{
    private readonly BuiltSite _site;

    public HugoContentTests(BuiltSite site) => _site = site;

    [Fact]
    public void The_site_builds_without_a_diagnostic() =>
        Assert.True(_site.Succeeded && _site.Diagnostics.Length == 0, _site.Describe);

    [Theory]
    [InlineData("en/news/index.html", "<time datetime=\"2019-06\">June 2019</time>")]
    [InlineData("fr/actualites/index.html", "<time datetime=\"2019-06\">juin 2019</time>")]
    [InlineData("nl/nieuws/index.html", "<time datetime=\"2019-06\">juni 2019</time>")]
    [InlineData("de/news/index.html", "<time datetime=\"2019-06\">Juni 2019</time>")]
    [InlineData("en/events/summer-school-2019/index.html", "<time datetime=\"2019-07\">July 2019</time>")]
    [InlineData("fr/evenements/summer-school-2019/index.html", "<time datetime=\"2019-07\">juillet 2019</time>")]
    [InlineData("en/statements/charter-1999/index.html", "<time datetime=\"1999\">1999</time>")]
    [InlineData("de/statements/charter-1999/index.html", "<time datetime=\"1999\">1999</time>")]
    public void A_partial_date_reads_as_far_as_it_is_known_in_each_language(string page, string expected) =>
        Assert.Contains(expected, _site.Read(page));

    [Fact]
    public void A_month_sorts_as_its_first_day_in_lists()
    {
        var list = _site.Read("en/news/index.html");

        var day = list.IndexOf("<time datetime=\"2019-06-20\">", StringComparison.Ordinal);
        var month = list.IndexOf("<time datetime=\"2019-06\">", StringComparison.Ordinal);
        Assert.True(day >= 0 && month > day, "20 June 2019 comes before June 2019, which starts on the 1st");
    }

    [Fact]
    public void Machine_formats_take_a_partial_date_as_far_as_they_can()
    {
        var charter = _site.Read("en/statements/charter-1999/index.html");
        Assert.Contains("<meta name=\"citation_publication_date\" content=\"1999\">", charter);
        Assert.Contains("<meta name=\"DC.date\" content=\"1999\">", charter);
        Assert.Equal("1999", JsonLd(charter).GetProperty("datePublished").GetString());
        Assert.Equal("2019-06", JsonLd(_site.Read("en/news/archive-2019/index.html")).GetProperty("datePublished").GetString());
        Assert.Equal("2019-07", JsonLd(_site.Read("en/events/summer-school-2019/index.html")).GetProperty("startDate").GetString());

        // Feeds and the sitemap need full dates: the first day.
        Assert.Contains("<pubDate>Sat, 01 Jun 2019 00:00:00 GMT</pubDate>", _site.Read("en/feeds/news.rss.xml"));
        Assert.Contains("<loc>https://migration-integration.netlify.app/en/news/archive-2019/</loc>\n    <lastmod>2019-01-01T00:00:00Z</lastmod>", _site.Read("sitemap.xml"));

        // An event known by its month runs from its first day to its last, all day.
        var calendar = _site.Read("en/events/summer-school-2019/event.ics");
        Assert.Contains("DTSTART;VALUE=DATE:20190701\r\n", calendar);
        Assert.Contains("DTEND;VALUE=DATE:20190801\r\n", calendar);
    }

    [Fact]
    public void A_file_name_that_starts_with_a_day_gives_the_date_and_a_slug_without_it_and_keeps_its_id()
    {
        Assert.Contains("<a href=\"/en/news/refugee-day-statement/\"", _site.Read("en/news/index.html"));
        Assert.Contains("<time datetime=\"2019-06-20\">20 June 2019</time>", _site.Read("en/news/index.html"));
        Assert.Contains("<time datetime=\"2019-06-20\">20 juin 2019</time>", _site.Read("fr/actualites/index.html"));
        Assert.True(File.Exists(_site.Path("fr/actualites/declaration-journee-des-refugies/index.html")));
        Assert.False(File.Exists(_site.Path("en/news/2019-06-20-refugee-day-statement/index.html")));

        // Its id is still the file's name: a wikilink by it leads to the page.
        Assert.Contains("<a href=\"/en/news/refugee-day-statement/\">World Refugee Day</a>", _site.Read("en/news/archive-2019/index.html"));
    }

    [Fact]
    public void Keys_in_another_case_and_Hugos_description_and_lastmod_are_read()
    {
        var english = _site.Read("en/news/refugee-day-statement/index.html");

        Assert.Contains("<h1 lang=\"en\">World Refugee Day</h1>", english);
        Assert.Contains("<meta name=\"description\" content=\"The working group marks World Refugee Day.\">", english);
        Assert.Contains("<dt>Updated</dt><dd><time datetime=\"2019\">2019</time>", _site.Read("en/statements/charter-1999/index.html"));
        Assert.Equal("2019", JsonLd(_site.Read("en/statements/charter-1999/index.html")).GetProperty("dateModified").GetString());
    }

    [Fact]
    public void Url_sets_the_whole_path_in_the_pages_language_and_its_fallback_pages_take_it_in_theirs()
    {
        Assert.Contains("<h1 lang=\"en\">About us</h1>", _site.Read("en/about-us/index.html"));
        Assert.Contains("<h1 lang=\"fr\">À propos</h1>", _site.Read("fr/a-propos/index.html"));
        Assert.Contains("<h1 lang=\"en\">About us</h1>", _site.Read("nl/about-us/index.html"));
        Assert.Contains("<h1 lang=\"en\">About us</h1>", _site.Read("de/about-us/index.html"));
        Assert.Contains("href=\"/fr/a-propos/\"", _site.Read("en/about-us/index.html"));
        Assert.False(File.Exists(_site.Path("en/about/index.html")));
    }

    private static JsonElement JsonLd(string html) =>
        JsonDocument.Parse(JsonLdScript().Match(html).Groups[1].Value).RootElement;

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLdScript();

    /// <summary>A copy of the real site and theme with German added and the Hugo-style pages, built once.</summary>
    public sealed class BuiltSite : IDisposable
    {
        private readonly TempDirectory _temp = new();
        private readonly Generator.Build.BuildResult _result;

        public BuiltSite()
        {
            Copy(System.IO.Path.Combine(Repo.Root, "input"), _temp.Combine("input"));
            Copy(System.IO.Path.Combine(Repo.Root, "theme"), _temp.Combine("theme"));
            File.Delete(_temp.Combine("input", "published-urls.txt"));
            var config = _temp.Combine("input", "site.yml");
            var text = File.ReadAllText(config);
            Assert.Contains("\nfallbackLanguages: [en, fr, nl]\n", text);
            Assert.Contains("\n    title: Migratie en integratie\n", text);
            File.WriteAllText(config, text.Replace("search: true", "search: false")
                .Replace("\nfallbackLanguages: [en, fr, nl]\n", "\nfallbackLanguages: [en, fr, nl, de]\n")
                .Replace("\n    title: Migratie en integratie\n", "\n    title: Migratie en integratie\n  de: { name: Deutsch, culture: de-DE, dateFormat: d. MMMM yyyy, title: Migration und Integration }\n"));

            File.Copy(System.IO.Path.Combine(Repo.Fixtures, "real-site-de.yml"), _temp.Combine("input", "i18n", "de.yml"));
            _temp.Write("input/content/news/2019-06-20-refugee-day-statement.en.md",
                "---\nTitle: World Refugee Day\nDescription: The working group marks World Refugee Day.\n---\nThe working group marks the day.\n");
            _temp.Write("input/content/news/2019-06-20-refugee-day-statement.fr.md",
                "---\ntitle: Journée mondiale des réfugiés\nslug: declaration-journee-des-refugies\n---\nLe groupe de travail marque la journée.\n");
            foreach (var (language, title) in new[] { ("en", "From the archive"), ("fr", "Des archives"), ("nl", "Uit het archief"), ("de", "Aus dem Archiv") })
            {
                _temp.Write($"input/content/news/archive-2019.{language}.md",
                    $"---\ntitle: {title}\ndate: 2019-06\nlastmod: 2019\n---\nSee [[news/2019-06-20-refugee-day-statement]].\n");
            }

            _temp.Write("input/content/statements/charter-1999.en.md", "---\ntitle: Charter\ndate: 1999\nLastmod: 2019\nstatus: adopted\n---\nThe charter.\n");
            _temp.Write("input/content/events/summer-school-2019.en.md", "---\ntitle: Summer school\nDate: 2019-07\nlocation: Ghent\n---\nA summer school.\n");
            // The real site has an about page of its own in every language: this one replaces it.
            foreach (var file in Directory.GetFiles(_temp.Combine("input", "content"), "about.*"))
            {
                File.Delete(file);
            }

            _temp.Write("input/content/about.en.md", "---\ntitle: About us\nurl: /about-us/\n---\nWho we are.\n");
            _temp.Write("input/content/about.fr.md", "---\ntitle: À propos\nurl: /fr/a-propos/\n---\nQui nous sommes.\n");

            _result = TestBuild.Run(_temp.Path, _temp.Combine("public"));
        }

        public bool Succeeded => _result.Succeeded;

        public System.Collections.Immutable.ImmutableArray<Generator.Diagnostics.Diagnostic> Diagnostics => _result.Diagnostics;

        public string Describe => TestBuild.Describe(_result);

        public string Path(string page) => _temp.Combine("public", page);

        public string Read(string page) => File.ReadAllText(Path(page));

        public void Dispose() => _temp.Dispose();

        private static void Copy(string from, string to)
        {
            foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            {
                var target = System.IO.Path.Combine(to, System.IO.Path.GetRelativePath(from, file));
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
    }
}
