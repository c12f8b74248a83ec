using Generator.Tests.Support;

namespace Generator.Tests.Build;

/// <summary>
/// An HTML content file with front matter is a page: the same front matter and URLs as a
/// Markdown one, its body as it is (no Markdown, shortcodes or wikilinks), its links checked in
/// the built site. One without front matter is a warning and left out.
/// </summary>
public sealed class HtmlContentTests
{
    private const string SiteYml = "baseUrl: https://example.org/\ndefaultLanguage: en\nlanguages:\n  en: { name: English }\n  fr: { name: Français }\n";

    private const string Single = "{{ page.title }}|{{ for link in page.translations }}{{ link.code }}={{ link.url }};{{ end }}|{{ page.content }}\n";

    private static TempDirectory Site()
    {
        var site = SmallSite.Create(single: Single, list: Single, siteYml: SiteYml);
        site.Write("theme/i18n/fr.yml", "x: y\n");
        site.Write("input/content/about.en.html", "---\ntitle: About\nsummary: Who we are.\n---\n<h2 id=\"team\">Team</h2>\n<p>**not bold** [[not-a-link]] {{< not-a-shortcode >}}</p>\n");
        site.Write("input/content/about.fr.htm", "---\ntitle: À propos\nslug: a-propos\n---\n<p>Qui <a href=\"/en/about/#team\">nous</a> sommes.</p>\n");
        site.Write("input/content/fr/news/launch.html", "---\ntitle: Lancement\ndate: 2020-01-01\n---\n<p>Texte.</p>\n");
        site.Write("input/content/news/launch.en.md", "---\ntitle: Launch\ndate: 2020-01-01\n---\nSee [[about#team]].\n");
        return site;
    }

    [Fact]
    public void An_HTML_file_with_front_matter_is_a_page_with_its_body_as_it_is_and_its_translations()
    {
        using var site = Site();

        var result = TestBuild.Run(site.Path, site.Combine("public"));

        Assert.True(result.Succeeded && result.Diagnostics.IsEmpty, TestBuild.Describe(result));
        string Read(string page) => File.ReadAllText(site.Combine("public", page, "index.html"));
        Assert.Equal(
            "About|en=/en/about/;fr=/fr/a-propos/;|<h2 id=\"team\">Team</h2>\n<p>**not bold** [[not-a-link]] {{< not-a-shortcode >}}</p>\n\n",
            Read("en/about"));
        Assert.StartsWith("À propos|en=/en/about/;fr=/fr/a-propos/;|<p>Qui <a href=\"/en/about/#team\">nous</a> sommes.</p>", Read("fr/a-propos"));
        Assert.StartsWith("Lancement|en=/en/news/launch/;fr=/fr/news/launch/;|<p>Texte.</p>", Read("fr/news/launch"));
        Assert.Contains("<a href=\"/en/about/#team\">About</a>", Read("en/news/launch"));
    }

    [Fact]
    public void A_broken_link_in_an_HTML_page_is_an_error_at_the_page()
    {
        using var site = Site();
        site.Write("input/content/about.fr.htm", "---\ntitle: À propos\nslug: a-propos\n---\n<p>Qui <a href=\"/en/about/#equipe\">nous</a> sommes.</p>\n");

        var result = TestBuild.Run(site.Path, site.Combine("public"));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("GEN053", "input/content/about.fr.htm", 5), (error.Code, error.File, error.Line));
        Assert.Contains("#equipe", error.Message);
    }

    [Fact]
    public void An_HTML_file_without_front_matter_is_a_warning_and_no_page()
    {
        using var site = Site();
        site.Write("input/content/widget.html", "<div>not a page</div>\n");

        var result = TestBuild.Run(site.Path, site.Combine("public"));

        Assert.True(result.Succeeded, TestBuild.Describe(result));
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(("GEN013", "input/content/widget.html", "HTML file without front matter is ignored"), (warning.Code, warning.File, warning.Message));
        Assert.False(Directory.Exists(site.Combine("public", "en", "widget")));
    }
}
