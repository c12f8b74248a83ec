using System.Text.RegularExpressions;
using Generator.Build;
using Generator.Diagnostics;
using Generator.IO;
using Generator.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Generator.Tests.Rendering;

/// <summary>
/// UI strings come from the theme (<c>theme/i18n/{lang}.yml</c>) and the site
/// (<c>input/i18n/{lang}.yml</c>): per language, a site key replaces the theme's key of the same
/// name and adds the keys the theme lacks, so a site can add a language the theme does not ship.
/// Every diagnostic names the file where the fix belongs.
/// </summary>
public sealed partial class UiStringsTests
{
    private const string EnglishOnly = "defaultLanguage: en\nlanguages:\n  en: { name: English }\n";
    private const string EnglishAndFrench = "defaultLanguage: en\nlanguages:\n  en: { name: English }\n  fr: { name: Français }\n";
    private const string EnglishAndItalian = "defaultLanguage: en\nlanguages:\n  en: { name: English }\n  it: { name: Italiano }\n";

    [Fact]
    public void A_site_key_replaces_the_theme_key_of_the_same_name_and_leaves_the_others()
    {
        using var site = Site(EnglishOnly, "[{{ t 'x' }}|{{ t 'nav.main' }}|{{ t 'nav.languages' }}]");
        site.Write("theme/i18n/en.yml", "x: Theme x\nnav:\n  main: Theme main\n  languages: Theme languages\n");
        site.Write("input/i18n/en.yml", "nav:\n  main: Site main\n");

        var result = TestBuild.Run(site.Path, site.Combine("public"));

        Assert.True(result.Succeeded && result.Diagnostics.IsEmpty, TestBuild.Describe(result));
        Assert.Contains("[Theme x|Site main|Theme languages]", Page(site, "en"));
    }

    [Fact]
    public void A_site_can_add_a_key_the_theme_lacks()
    {
        using var site = Site(EnglishOnly, "[{{ t 'extra.note' }}|{{ t 'count' 3 }}]");
        site.Write("theme/i18n/en.yml", "x: Theme x\n");
        site.Write("input/i18n/en.yml", "extra:\n  note: Site only\ncount: \"{0} items\"\n");

        var result = TestBuild.Run(site.Path, site.Combine("public"));

        Assert.True(result.Succeeded && result.Diagnostics.IsEmpty, TestBuild.Describe(result));
        Assert.Contains("[Site only|3 items]", Page(site, "en"));
    }

    [Fact]
    public void A_language_the_theme_lacks_can_come_from_the_site_alone()
    {
        using var site = Site(EnglishAndItalian, "[{{ t 'x' }}|{{ t 'read' }}]", "it");
        site.Write("theme/i18n/en.yml", "x: Theme x\nread: Read\n");
        site.Write("input/i18n/it.yml", "x: Italiano x\nread: Leggi\n");

        var result = TestBuild.Run(site.Path, site.Combine("public"));

        Assert.True(result.Succeeded && result.Diagnostics.IsEmpty, TestBuild.Describe(result));
        Assert.Contains("[Italiano x|Leggi]", Page(site, "it"));
        Assert.Contains("[Theme x|Read]", Page(site, "en"));
    }

    [Fact]
    public void A_key_missing_from_a_site_only_language_is_a_warning_at_the_site_file()
    {
        using var site = Site(EnglishAndItalian, "[{{ t 'x' }}|{{ t 'read' }}]", "it");
        site.Write("theme/i18n/en.yml", "x: Theme x\nread: Read\n");
        site.Write("input/i18n/it.yml", "x: Italiano x\n");

        var result = TestBuild.Run(site.Path, site.Combine("public"));

        Assert.True(result.Succeeded, TestBuild.Describe(result));
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.UiStringMissingInTranslation, "input/i18n/it.yml", "add 'read' to input/i18n/it.yml"), (warning.Code, warning.File, warning.Hint));
        Assert.Equal("UI string 'read' is missing in 'it'; the 'en' text is shown", warning.Message);
        Assert.Contains("[Italiano x|Read]", Page(site, "it"));
    }

    [Fact]
    public void The_site_comes_before_the_theme_in_each_language_and_a_missing_key_falls_back_to_the_merged_default()
    {
        using var site = Site(EnglishAndFrench, "[{{ t 'x' }}|{{ t 'y' }}|{{ t 'extra' }}]", "fr");
        site.Write("theme/i18n/en.yml", "x: Theme x\ny: Theme y\n");
        site.Write("theme/i18n/fr.yml", "x: Thème x\n");
        site.Write("input/i18n/en.yml", "y: Site y\nextra: Site extra\n");
        site.Write("input/i18n/fr.yml", "x: Site x fr\n");

        var result = TestBuild.Run(site.Path, site.Combine("public"));

        Assert.True(result.Succeeded, TestBuild.Describe(result));
        Assert.Contains("[Theme x|Site y|Site extra]", Page(site, "en"));
        Assert.Contains("[Site x fr|Site y|Site extra]", Page(site, "fr"));

        // 'y' is the theme's key: the theme's French file lacks it. 'extra' is the site's own: its French file lacks it.
        Assert.Equal(
            [
                (DiagnosticCodes.UiStringMissingInTranslation, "input/i18n/fr.yml", "UI string 'extra' is missing in 'fr'; the 'en' text is shown", "add 'extra' to input/i18n/fr.yml"),
                (DiagnosticCodes.UiStringMissingInTranslation, "theme/i18n/fr.yml", "UI string 'y' is missing in 'fr'; the 'en' text is shown", "add 'y' to theme/i18n/fr.yml"),
            ],
            result.Diagnostics.Select(d => (d.Code, d.File, d.Message, d.Hint)).ToArray());
    }

    [Fact]
    public void A_key_the_site_adds_in_the_default_language_only_is_a_warning_at_the_site_file_of_each_other_language()
    {
        using var site = Site(EnglishAndFrench, "[{{ t 'x' }}]", "fr");
        site.Write("theme/i18n/en.yml", "x: Theme x\n");
        site.Write("theme/i18n/fr.yml", "x: Thème x\n");
        site.Write("input/i18n/en.yml", "extra: Site extra\n");

        var result = TestBuild.Run(site.Path, site.Combine("public"));

        Assert.True(result.Succeeded, TestBuild.Describe(result));
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.UiStringMissingInTranslation, "input/i18n/fr.yml", "add 'extra' to input/i18n/fr.yml"), (warning.Code, warning.File, warning.Hint));
    }

    [Fact]
    public void A_language_neither_the_theme_nor_the_site_has_is_one_warning_at_the_site_file_to_add_naming_both_files()
    {
        using var site = Site(EnglishAndItalian, "[{{ t 'x' }}]", "it");
        site.Write("theme/i18n/en.yml", "x: Theme x\n");

        var result = TestBuild.Run(site.Path, site.Combine("public"));

        Assert.True(result.Succeeded, TestBuild.Describe(result));
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(
            (DiagnosticCodes.UiStringMissingInTranslation, "input/i18n/it.yml", 1, 1, false),
            (warning.Code, warning.File, warning.Line, warning.Column, warning.IsError));
        Assert.Contains("input/i18n/it.yml", warning.Hint);
        Assert.Contains("theme/i18n/it.yml", warning.Hint);
        Assert.Contains("[Theme x]", Page(site, "it"));
    }

    [Theory]
    [InlineData(true, false, "add 'nope' to theme/i18n/en.yml")]
    [InlineData(true, true, "add 'nope' to theme/i18n/en.yml")]
    [InlineData(false, true, "add 'nope' to input/i18n/en.yml")]
    public void A_key_missing_in_the_default_language_is_an_error_naming_the_file_where_it_belongs(bool theme, bool input, string hint)
    {
        using var site = Site(EnglishOnly, "[{{ t 'x' }}|{{ t 'nope' }}]");
        File.Delete(site.Combine("theme", "i18n", "en.yml"));
        if (theme)
        {
            site.Write("theme/i18n/en.yml", "x: Theme x\n");
        }

        if (input)
        {
            site.Write("input/i18n/en.yml", "x: Site x\n");
        }

        var result = TestBuild.Run(site.Path, site.Combine("public"));

        Assert.False(result.Succeeded);
        Assert.All(result.Diagnostics, d => Assert.Equal((DiagnosticCodes.UiStringMissingInDefault, "theme/layouts/single.html", hint), (d.Code, d.File, d.Hint)));
    }

    [Fact]
    public void A_default_language_neither_the_theme_nor_the_site_has_is_an_error_naming_both_files()
    {
        using var site = Site(EnglishOnly, "[no strings]");
        File.Delete(site.Combine("theme", "i18n", "en.yml"));

        var result = TestBuild.Run(site.Path, site.Combine("public"));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.UiStringMissingInDefault, "theme/i18n/en.yml"), (error.Code, error.File));
        Assert.Contains("input/i18n/en.yml", error.Hint);
        Assert.Contains("theme/i18n/en.yml", error.Hint);
    }

    [Theory]
    [InlineData("x: [unclosed\n", 1, 4)]
    [InlineData("x: ok\nnav:\n  main:\n    - a list\n", 4, 5)]
    [InlineData("x: ok\n\tbad: tab\n", 2, 1)]
    public void Malformed_site_strings_are_an_error_at_their_position_in_the_site_file(string yaml, int line, int column)
    {
        using var site = Site(EnglishOnly, "[{{ t 'x' }}]");
        site.Write("input/i18n/en.yml", yaml);

        var result = TestBuild.Run(site.Path, site.Combine("public"));

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.UiStringsInvalid);
        Assert.Equal(("input/i18n/en.yml", line, column, true), (error.File, error.Line, error.Column, error.IsError));
    }

    [Theory]
    [InlineData("FR.yml", "did you mean 'fr'?")]
    [InlineData("de.yml", "the site's languages are en, fr")]
    public void A_site_file_for_a_language_the_site_does_not_configure_is_a_warning(string name, string hint)
    {
        using var site = Site(EnglishAndFrench, "[{{ t 'x' }}]");
        site.Write("theme/i18n/fr.yml", "x: Thème x\n");
        site.Write("theme/i18n/de.yml", "x: Thema x\n");
        site.Write("input/i18n/" + name, "x: Site x\n");

        var result = TestBuild.Run(site.Path, site.Combine("public"));

        Assert.True(result.Succeeded, TestBuild.Describe(result));
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.UiStringsInvalid, "input/i18n/" + name, false), (warning.Code, warning.File, warning.IsError));
        Assert.Contains(hint, warning.Hint);
        Assert.Contains("[y]", Page(site, "en"));
    }

    [Fact]
    public void A_change_to_the_site_strings_while_serving_renders_the_pages_again()
    {
        using var site = Site(EnglishOnly, "[{{ t 'x' }}]");
        var cache = new BuildCache();
        cache.Changes.Track();
        Assert.True(Serve(site, cache).Succeeded);
        Assert.Contains("[y]", Page(site, "en"));

        // A new file, then an edit of it: each a change the watcher reports under input/.
        cache.Changes.Add(site.Write("input/i18n/en.yml", "x: Site x\n"));
        var added = Serve(site, cache);
        Assert.True(added.Succeeded, TestBuild.Describe(added));
        Assert.Contains("[Site x]", Page(site, "en"));

        cache.Changes.Add(site.Write("input/i18n/en.yml", "x: Site x, edited\n"));
        var edited = Serve(site, cache);
        Assert.True(edited.Succeeded, TestBuild.Describe(edited));
        Assert.Contains("[Site x, edited]", Page(site, "en"));
    }

    [Fact]
    public void Every_theme_language_has_exactly_the_keys_and_placeholders_of_english()
    {
        var folder = Path.Combine(Repo.Root, "theme", "i18n");
        var english = Strings(Path.Combine(folder, "en.yml"));
        var languages = Directory.GetFiles(folder, "*.yml").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(new[] { "de", "en", "fr", "nl" }, languages);
        foreach (var language in languages)
        {
            var strings = Strings(Path.Combine(folder, language + ".yml"));
            Assert.True(english.Keys.Order(StringComparer.Ordinal).SequenceEqual(strings.Keys.Order(StringComparer.Ordinal)),
                $"{language}.yml: missing {string.Join(", ", english.Keys.Except(strings.Keys))}; extra {string.Join(", ", strings.Keys.Except(english.Keys))}");
            foreach (var (key, text) in english)
            {
                Assert.True(Placeholders(text).SequenceEqual(Placeholders(strings[key])), $"{language}.yml: '{key}' has other placeholders than in en.yml");
                Assert.False(string.IsNullOrWhiteSpace(strings[key]), $"{language}.yml: '{key}' is empty");
            }
        }
    }

    [Fact]
    public void The_german_theme_strings_are_not_english()
    {
        var folder = Path.Combine(Repo.Root, "theme", "i18n");
        var english = Strings(Path.Combine(folder, "en.yml"));
        var german = Strings(Path.Combine(folder, "de.yml"));

        // Names and units that read the same in both languages (BibTeX, RIS, kB, MB…) may stay; prose may not.
        var same = english.Where(p => german[p.Key] == p.Value && p.Value.Contains(' ', StringComparison.Ordinal) && !p.Key.StartsWith("size.", StringComparison.Ordinal))
            .Select(p => p.Key).ToArray();
        Assert.True(same.Length <= 1, "the same as in English: " + string.Join(", ", same));
        Assert.Equal("Zum Hauptinhalt springen", german["a11y.skip"]);
    }

    private static TempDirectory Site(string siteYml, string single, string? otherLanguage = null)
    {
        var site = SmallSite.Create(single: single + "\n", siteYml: siteYml);
        site.Write("input/content/note.en.md", "---\ntitle: Note\n---\nText.\n");
        if (otherLanguage is not null)
        {
            site.Write($"input/content/note.{otherLanguage}.md", "---\ntitle: Nota\n---\nTesto.\n");
        }

        return site;
    }

    private static string Page(TempDirectory site, string language) => File.ReadAllText(site.Combine("public", language, "note", "index.html"));

    private static BuildResult Serve(TempDirectory site, BuildCache cache) =>
        new SiteBuilder(new PhysicalFileSystem(), new FixedClock(TestBuild.Now)).Build(new BuildOptions
        {
            InputDirectory = site.Combine("input"),
            ThemeDirectory = site.Combine("theme"),
            OutputDirectory = site.Combine("public"),
            DisplayRoot = site.Path,
        }, cache);

    private static Dictionary<string, string> Strings(string path)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(path))
        {
            stream.Load(reader);
        }

        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        Flatten((YamlMappingNode)stream.Documents[0].RootNode, string.Empty, strings);
        return strings;
    }

    private static void Flatten(YamlMappingNode map, string prefix, Dictionary<string, string> strings)
    {
        foreach (var (key, value) in map.Children)
        {
            var name = prefix + ((YamlScalarNode)key).Value;
            if (value is YamlMappingNode child)
            {
                Flatten(child, name + ".", strings);
            }
            else
            {
                strings.Add(name, ((YamlScalarNode)value).Value ?? string.Empty);
            }
        }
    }

    private static string[] Placeholders(string text) => [.. PlaceholderPattern().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{\d+(,-?\d+)?(:[^}]*)?\}")]
    private static partial Regex PlaceholderPattern();
}
