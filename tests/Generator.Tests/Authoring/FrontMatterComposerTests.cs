using Generator.Authoring;
using Generator.Tests.Support;

namespace Generator.Tests.Authoring;

/// <summary>The front matter <c>new</c> writes for a type, compared in full with the expected text.</summary>
public sealed class FrontMatterComposerTests
{
    private static readonly DateTimeOffset Today = new(2026, 3, 9, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_guideline_of_the_real_site()
    {
        var config = TestConfig.Read(File.ReadAllText(Path.Combine(Repo.Root, "input", "site.yml")));

        var text = FrontMatterComposer.Compose(config.Model.Type("guideline")!, "Housing for \"young\" migrants", Today);

        Assert.Equal("""
            ---
            title: "Housing for \"young\" migrants"
            date: 2026-03-09
            draft: true
            summary: "TODO: one or two sentences for lists and search"
            status: draft      # one of draft, consultation, adopted, superseded, withdrawn
            topics: []         # ids of topic pages
            cities: []         # ids of city pages
            projects: []       # ids of project pages
            organisations: []  # ids of organisation pages
            people: []         # ids of person pages
            events: []         # ids of event pages
            related: []        # ids of any pages
            supersedes: []     # ids of guideline, statement or news pages
            ---


            """.ReplaceLineEndings("\n"), text);
    }

    [Fact]
    public void A_type_with_a_field_of_every_kind()
    {
        var config = TestConfig.Read(ModelSite.SiteYml);

        var text = FrontMatterComposer.Compose(config.Model.Type("report")!, "Annual report", Today);

        Assert.Equal("""
            ---
            title: "Annual report"
            date: 2026-03-09
            draft: true
            summary: "TODO: one or two sentences for lists and search"
            status: adopted  # one of draft, adopted
            audience:        # TODO (required): one of public, members
            format: print    # one of print, web
            lead:            # TODO (required): text
            chair:           # TODO (required): the id of a person page
            pages:           # a number
            binding: false   # true or false
            source:          # a URL: https://... or /path
            keywords: []     # a list of texts
            adopted:         # a date, YYYY-MM-DD
            people: []       # ids of person pages
            related: []      # ids of any pages
            replaces: []     # ids of report or person pages
            ---


            """.ReplaceLineEndings("\n"), text);
    }

    [Fact]
    public void An_entity_has_no_date_and_a_type_without_fields_only_the_built_in_keys()
    {
        var config = TestConfig.Read(ModelSite.SiteYml);
        var plain = TestConfig.Read("baseUrl: https://example.org/\nlanguages:\n  en: { name: English }\nsections:\n  news: { type: news }\n");

        var person = FrontMatterComposer.Compose(config.Model.Type("person")!, "Ada", Today);
        var news = FrontMatterComposer.Compose(plain.Model.TypeOrPlain("news"), "Hello", Today);

        Assert.Equal("---\ntitle: \"Ada\"\ndraft: true\nsummary: \"TODO: one or two sentences for lists and search\"\npeople: []   # ids of person pages\nrelated: []  # ids of any pages\n---\n\n", person);
        Assert.Equal("---\ntitle: \"Hello\"\ndate: 2026-03-09\ndraft: true\nsummary: \"TODO: one or two sentences for lists and search\"\n---\n\n", news);
    }
}
