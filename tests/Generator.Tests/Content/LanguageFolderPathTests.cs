using Generator.Content;

namespace Generator.Tests.Content;

/// <summary>A top-level folder named after a language is that language's tree, unless site.yml declares a section of that name.</summary>
public sealed class LanguageFolderPathTests
{
    private static readonly Generator.Configuration.SiteConfig Config = Support.TestConfig.Read(
        "baseUrl: https://example.org/\nlanguages:\n  en: { name: English }\n  fr: { name: Français }\n  nl: { name: Nederlands }\n");

    [Theory]
    [InlineData("fr/news/x.md", "news", "x", "fr", "news/x", "news/x.md")]
    [InlineData("fr/news/x.fr.md", "news", "x", "fr", "news/x", "news/x.fr.md")]
    [InlineData("fr/_index.md", "", "_index", "fr", "_index", "_index.md")]
    [InlineData("fr/news/_index.md", "news", "_index", "fr", "_index", "news/_index.md")]
    [InlineData("fr/about.md", "", "about", "fr", "about", "about.md")]
    [InlineData("en/news/x.md", "news", "x", "en", "news/x", "news/x.md")]
    [InlineData("news/x.fr.md", "news", "x", "fr", "news/x", "news/x.fr.md")]
    [InlineData("fr.md", "", "fr", "en", "fr", "fr.md")]
    public void A_language_folder_gives_the_language_and_the_path_inside_it(string file, string section, string name, string language, string translation, string tree)
    {
        var path = ContentPath.Parse(file, Config);

        Assert.Equal((section, name, language, tree), (path.Section, path.Name, path.Language, path.TreePath));
        Assert.Equal(translation == "_index" && section.Length > 0 ? section + "/_index" : translation, path.TranslationPath);
        Assert.Null(path.ForeignSuffix);
    }

    [Fact]
    public void Another_language_s_suffix_in_a_language_folder_is_kept_for_the_layout_check()
    {
        var path = ContentPath.Parse("fr/news/x.nl.md", Config);

        Assert.Equal(("fr", "nl", "x"), (path.LanguageFolder, path.ForeignSuffix, path.Name));
    }

    [Fact]
    public void A_declared_section_named_like_a_language_is_a_section()
    {
        var config = Support.TestConfig.Read("baseUrl: https://example.org/\nlanguages:\n  en: { name: English }\n  fr: { name: Français }\nsections:\n  fr: { type: page }\n");

        var path = ContentPath.Parse("fr/x.md", config);

        Assert.Equal(("fr", "en", "fr/x", (string?)null), (path.Section, path.Language, path.TranslationPath, path.LanguageFolder));
    }
}
