using System.Collections.Immutable;
using System.Text;
using Generator.Configuration;
using Generator.Content;
using Generator.Diagnostics;
using Generator.Markdown;
using Generator.Markdown.Typography;

namespace Generator.Tests.Markdown;

public sealed class TypographySettingTests
{
    private const string Page = """
        ---
        title: "L'accueil : \"premiers pas\""
        summary: Pourquoi? Parce que.
        ---
        Bienvenue ; voici "le guide" !
        """;

    [Fact]
    public void Typography_is_on_for_every_language_by_default()
    {
        var config = Config(site: null, french: null);

        Assert.Equal("fr", TypographyConventions.For(config.Language("fr"))?.Name);
        Assert.Equal("en", TypographyConventions.For(config.Language("en"))?.Name);
    }

    [Fact]
    public void Site_setting_false_turns_it_off_and_a_language_may_turn_it_back_on()
    {
        var off = Config(site: false, french: null);
        var frenchOnly = Config(site: false, french: true);
        var allButFrench = Config(site: true, french: false);

        Assert.All(off.Languages, l => Assert.Null(TypographyConventions.For(l)));
        Assert.NotNull(TypographyConventions.For(frenchOnly.Language("fr")));
        Assert.Null(TypographyConventions.For(frenchOnly.Language("en")));
        Assert.Null(TypographyConventions.For(allButFrench.Language("fr")));
        Assert.NotNull(TypographyConventions.For(allButFrench.Language("en")));
    }

    [Fact]
    public void A_page_is_typeset_in_its_language_unless_the_setting_is_off()
    {
        var on = Parse(Config(site: null, french: null), new DictionaryCache());
        var off = Parse(Config(site: false, french: null), new DictionaryCache());

        Assert.Equal("<p>Bienvenue\u202F; voici «\u00A0le guide\u00A0»\u202F!</p>\n", Html(on));
        Assert.Equal("<p>Bienvenue ; voici &quot;le guide&quot; !</p>\n", Html(off));
    }

    [Fact]
    public void Titles_and_summaries_are_shown_typeset_but_kept_and_hashed_as_written()
    {
        var on = Parse(Config(site: null, french: null), new DictionaryCache());
        var off = Parse(Config(site: false, french: null), new DictionaryCache());

        Assert.Equal("L’accueil\u00A0: «\u00A0premiers pas\u00A0»", on.DisplayTitle);
        Assert.Equal("Pourquoi\u202F? Parce que.", on.DisplaySummary);
        Assert.Equal("L'accueil : \"premiers pas\"", on.FrontMatter.Title);
        Assert.Equal(on.FrontMatter.Title, off.DisplayTitle);
        Assert.Equal(off.ContentHash, on.ContentHash);
    }

    [Fact]
    public void A_kept_document_is_not_served_once_the_setting_changes()
    {
        var cache = new DictionaryCache();

        var first = Parse(Config(site: null, french: null), cache);
        var again = Parse(Config(site: null, french: null), cache);
        var off = Parse(Config(site: null, french: false), cache);

        Assert.Same(first, again);
        Assert.Equal("<p>Bienvenue ; voici &quot;le guide&quot; !</p>\n", Html(off));
    }

    private static SiteConfig Config(bool? site, bool? french)
    {
        string Setting(bool? value, string prefix) => value is null ? string.Empty : $"{prefix}typography: {(value.Value ? "true" : "false")}";
        var yaml = $"""
            baseUrl: https://example.org/
            defaultLanguage: en
            {Setting(site, string.Empty)}
            languages:
              en: {"{"} name: English, culture: en-GB, title: Test {"}"}
              fr: {"{"} name: Français, culture: fr-FR, title: Essai{Setting(french, ", ")} {"}"}
            """;
        var diagnostics = new DiagnosticBag();
        var config = new SiteConfigLoader().Load(yaml, "site.yml", null, diagnostics);
        Assert.Empty(diagnostics.ToImmutableSorted());
        return config!;
    }

    private static ParsedDocument Parse(SiteConfig config, IParsedDocumentCache cache)
    {
        var file = new SourceFile("/site/input/content/guide.fr.md", "guide.fr.md", "input/content/guide.fr.md", Encoding.UTF8.GetBytes(Page), "guide.fr.md");
        var diagnostics = new DiagnosticBag();
        var documents = new DocumentParser(MarkdownPipelineFactory.Create(), cache).Parse([file], config, diagnostics, 1, CancellationToken.None);
        Assert.Empty(diagnostics.ToImmutableSorted());
        return Assert.Single(documents);
    }

    private static string Html(ParsedDocument document) => string.Concat(document.Body.Html.Parts.Cast<HtmlPart>().Select(p => p.Html));

    private sealed class DictionaryCache : IParsedDocumentCache
    {
        private readonly Dictionary<string, (string Key, ParsedDocument Document, ImmutableArray<Diagnostic> Diagnostics)> _kept = [];

        public (ParsedDocument Document, ImmutableArray<Diagnostic> Diagnostics)? Find(string path, string key) =>
            _kept.TryGetValue(path, out var kept) && kept.Key == key ? (kept.Document, kept.Diagnostics) : null;

        public void Keep(string path, string key, ParsedDocument document, ImmutableArray<Diagnostic> diagnostics) => _kept[path] = (key, document, diagnostics);
    }
}
