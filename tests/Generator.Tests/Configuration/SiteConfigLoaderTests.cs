using Generator.Configuration;
using Generator.Diagnostics;

namespace Generator.Tests.Configuration;

public sealed class SiteConfigLoaderTests
{
    private const string Valid = """
        baseUrl: https://example.org/sub
        defaultLanguage: fr
        languages:
          en: { name: English, culture: en-GB, title: Site }
          fr: { name: Français, culture: fr-FR, dateFormat: "d MMM yyyy", title: Site FR }
        fallbackLanguages: [en]
        sections:
          guidelines:
            type: guideline
            pageSize: 3
            segments: { en: guidelines, fr: lignes-directrices }
        """;

    [Fact]
    public void Reads_languages_sections_and_base_path()
    {
        var diagnostics = new DiagnosticBag();
        var config = new SiteConfigLoader().Load(Valid, "site.yml", null, diagnostics)!;

        Assert.Equal(0, diagnostics.Count);
        Assert.Equal("fr", config.DefaultLanguage);
        Assert.Equal(["en", "fr"], config.Languages.Select(l => l.Code));
        Assert.Equal("d MMM yyyy", config.Language("fr").DateFormat);
        Assert.Equal("/sub/", config.BasePath);
        Assert.Equal(["en"], config.FallbackLanguages);
        Assert.Equal("lignes-directrices", config.Section("guidelines").Segment("fr"));
        Assert.Equal(3, config.Section("guidelines").PageSize);
        Assert.Equal("news", config.Section("news").Segment("fr"));
    }

    [Fact]
    public void The_command_line_base_url_replaces_the_configured_one()
    {
        var config = new SiteConfigLoader().Load(Valid, "site.yml", "https://deploy-preview-1--site.netlify.app", new DiagnosticBag())!;

        Assert.Equal("https://deploy-preview-1--site.netlify.app/", config.BaseUrl.ToString());
    }

    [Fact]
    public void Reports_every_mistake_at_its_position()
    {
        const string text = """
            baseUrl: not a url
            defaultLanguage: de
            languages:
              en: { name: English, culture: en-GB }
              fr: { name: Français, culture: xx-NOPE }
            sections:
              news:
                segments: { en: "News & Views", es: noticias }
            pageSise: 4
            """;
        var diagnostics = new DiagnosticBag();

        var config = new SiteConfigLoader().Load(text, "site.yml", null, diagnostics);

        Assert.Null(config);
        Assert.Equal(
            [
                "(1,10) error unknown: base URL 'not a url' is not an absolute http or https URL",
                "(2,18) error unknown: default language 'de' is not one of the languages",
                "(5,34) error unknown: unknown culture 'xx-NOPE'",
                "(8,21) error unknown: URL segment 'News & Views' (en) is not a slug",
                "(8,37) error unknown: 'es' is not one of the languages",
                "(9,1) warning unknown: unknown setting 'pageSise' is ignored",
            ],
            diagnostics.ToImmutableSorted().Select(d => $"({d.Line},{d.Column}) {(d.IsError ? "error" : "warning")} unknown: {d.Message}"));
    }
}
