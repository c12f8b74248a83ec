using Generator.Tests.Support;

namespace Generator.Tests.Build;

/// <summary>
/// A site that mixes language folders (<c>content/fr/...</c>) with suffixed files
/// (<c>news/x.en.md</c>): translations join by path or <c>translationKey</c> across the two
/// layouts, the language switcher leads both ways, and links between files resolve in the tree.
/// </summary>
public sealed class LanguageFolderTests
{
    private const string SiteYml = "baseUrl: https://example.org/\ndefaultLanguage: en\nlanguages:\n  en: { name: English }\n  fr: { name: Français }\n";

    private const string Single = "{{ page.title }}|{{ for link in page.translations }}{{ link.code }}={{ link.url }};{{ end }}|{{ page.content }}\n";

    private static TempDirectory Site()
    {
        var site = SmallSite.Create(single: Single, list: Single, siteYml: SiteYml);
        site.Write("theme/i18n/fr.yml", "x: y\n");
        site.Write("input/content/_index.en.md", "---\ntitle: Home\n---\n");
        site.Write("input/content/fr/_index.md", "---\ntitle: Accueil\n---\n");
        site.Write("input/content/news/_index.en.md", "---\ntitle: News\n---\n");
        site.Write("input/content/fr/news/_index.md", "---\ntitle: Actualités\n---\n");
        site.Write("input/content/news/launch.en.md", "---\ntitle: Launch\n---\nSee [values](../projects/values.md).\n");
        site.Write("input/content/fr/news/launch.md", "---\ntitle: Lancement\nslug: lancement\n---\nVoir [valeurs](../projects/values.md) et [[news/launch]].\n");
        site.Write("input/content/fr/news/depart.fr.md", "---\ntitle: Départ\ntranslationKey: news/departure\n---\nTexte.\n");
        site.Write("input/content/news/departure.en.md", "---\ntitle: Departure\n---\nText.\n");
        site.Write("input/content/projects/values.en.md", "---\ntitle: Values\n---\nText.\n");
        site.Write("input/content/fr/about.md", "---\ntitle: À propos\n---\nQui.\n");
        return site;
    }

    [Fact]
    public void Folders_and_suffixes_mix_and_translations_join_with_the_switcher_both_ways()
    {
        using var site = Site();

        var result = TestBuild.Run(site.Path, site.Combine("public"));

        Assert.True(result.Succeeded && result.Diagnostics.IsEmpty, TestBuild.Describe(result));
        string Read(string page) => File.ReadAllText(site.Combine("public", page, "index.html"));
        Assert.StartsWith("Launch|en=/en/news/launch/;fr=/fr/news/lancement/;|", Read("en/news/launch"));
        Assert.StartsWith("Lancement|en=/en/news/launch/;fr=/fr/news/lancement/;|", Read("fr/news/lancement"));
        Assert.StartsWith("Départ|en=/en/news/departure/;fr=/fr/news/depart/;|", Read("fr/news/depart"));
        Assert.StartsWith("Departure|en=/en/news/departure/;fr=/fr/news/depart/;|", Read("en/news/departure"));
        Assert.StartsWith("Accueil|en=/en/;fr=/fr/;|", Read("fr"));
        Assert.StartsWith("Actualités|en=/en/news/;fr=/fr/news/;|", Read("fr/news"));
        Assert.StartsWith("À propos|", Read("fr/about"));
        Assert.Contains("<a href=\"/en/projects/values/\" hreflang=\"en\">valeurs</a>", Read("fr/news/lancement"));
        Assert.Contains("href=\"/fr/news/lancement/\"", Read("fr/news/lancement"));
        Assert.Contains("href=\"/en/projects/values/\"", Read("en/news/launch"));
    }

    [Fact]
    public void A_file_in_a_language_folder_named_for_another_language_is_an_error_at_the_file_and_left_out()
    {
        using var site = Site();
        site.Write("input/content/fr/news/other.en.md", "---\ntitle: Other\n---\nText.\n");

        var result = TestBuild.Run(site.Path, site.Combine("public"));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("GEN024", "input/content/fr/news/other.en.md", 1), (error.Code, error.File, error.Line));
        Assert.Contains("'fr/news/other.en.md' is in the language folder 'fr/' but its name says 'en'", error.Message);
        Assert.Equal("a file in 'fr/' is in that language: drop '.en' from its name, or move it out of 'fr/' to news/other.en.md", error.Hint);
        Assert.False(Directory.Exists(site.Combine("public", "en", "news", "other")));
    }

    [Fact]
    public void The_same_page_in_a_folder_and_with_a_suffix_is_a_duplicate_naming_both()
    {
        using var site = Site();
        site.Write("input/content/news/launch.fr.md", "---\ntitle: Lancement bis\n---\nTexte.\n");

        var result = TestBuild.Run(site.Path, site.Combine("public"));

        var error = Assert.Single(result.Diagnostics, d => d.Code == "GEN021");
        Assert.Contains("input/content/fr/news/launch.md", error.Message);
        Assert.Contains("input/content/news/launch.fr.md", error.Message);
    }

    [Fact]
    public void A_declared_section_named_like_a_language_stays_a_section()
    {
        using var site = SmallSite.Create(single: "{{ page.title }}\n", siteYml: SiteYml + "sections:\n  fr: { type: page, segments: { en: fr-notes, fr: notes } }\n");
        site.Write("theme/i18n/fr.yml", "x: y\n");
        site.Write("input/content/fr/note.md", "---\ntitle: Note\n---\nText.\n");

        var result = TestBuild.Run(site.Path, site.Combine("public"));

        Assert.True(result.Succeeded, TestBuild.Describe(result));
        Assert.True(File.Exists(site.Combine("public", "en", "fr-notes", "note", "index.html")), string.Join("\n", Directory.GetFiles(site.Combine("public"), "*", SearchOption.AllDirectories)));
    }
}
