using Generator.Content;
using Generator.Dates;
using Generator.Diagnostics;

namespace Generator.Tests.Content;

/// <summary>
/// Front matter as Hugo and Jekyll authors write it: keys in any case, <c>description</c> and
/// <c>lastmod</c>, <c>url</c>, partial dates; each mistake at its place.
/// </summary>
public sealed class HugoFrontMatterTests
{
    private static readonly Generator.Configuration.SiteConfig Config = Support.TestConfig.Read(
        "baseUrl: https://example.org/\nlanguages:\n  en: { name: English }\ntypes:\n  report:\n    fields:\n"
        + "      endDate: { type: date }\n      adopted: { type: date, default: 2019 }\n    relations:\n      supersedes: { to: report }\n"
        + "relations:\n  topics: { to: report }\ntaxonomies:\n  audiences: { en: audiences }\n"
        + "sections:\n  reports: { type: report }\n");

    private static (FrontMatter FrontMatter, DiagnosticBag Diagnostics) Parse(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        return (new FrontMatterParser(Config.Model).Parse(FrontMatterBlock.Split("---\n" + yaml + "---\n"), "doc.md", "report", diagnostics), diagnostics);
    }

    private static string Describe(DiagnosticBag diagnostics) => string.Join("\n", diagnostics.ToImmutableSorted());

    [Fact]
    public void Keys_match_whatever_the_case_of_their_letters_built_in_declared_and_taxonomies_alike()
    {
        var (fm, diagnostics) = Parse("Title: Report\nDATE: 2019-06\nDraft: true\nSlug: the-report\nEndDate: 2019-07\nSupersedes: [old]\nTOPICS: [housing]\nAudiences: [cities]\nPARAMS: { icon: star }\n");

        Assert.True(diagnostics.Count == 0, Describe(diagnostics));
        Assert.Equal(("Report", true, "the-report"), (fm.Title, fm.Draft, fm.Slug));
        Assert.Equal(DateValue.Month(2019, 6), fm.Date);
        Assert.Equal(DateValue.Month(2019, 7), fm.EndDate);
        Assert.Equal(["old"], fm.Relations["supersedes"].Select(r => r.Value));
        Assert.Equal(["housing"], fm.Relations["topics"].Select(r => r.Value));
        Assert.Equal(["cities"], fm.Terms["audiences"].ToArray());
        Assert.Equal("star", fm.Params["icon"]);
        Assert.Equal(new SourcePosition(3, 7), fm.Positions["date"].Position);
        Assert.Equal(DateValue.Year(2019), fm.Fields["adopted"]);
    }

    [Fact]
    public void A_key_given_twice_in_two_cases_is_an_error_at_the_second_and_the_first_is_read()
    {
        var (fm, diagnostics) = Parse("title: First\nsummary: S\nTitle: Second\n");

        var error = Assert.Single(diagnostics.ToImmutableSorted());
        Assert.Equal(("GEN010", 4, 1, Severity.Error), (error.Code, error.Line, error.Column, error.Severity));
        Assert.Equal("'Title' is 'title' again (line 2): keys are read whatever the case of their letters", error.Message);
        Assert.Equal("First", fm.Title);
    }

    [Fact]
    public void Description_is_the_summary_and_lastmod_is_updated()
    {
        var (fm, diagnostics) = Parse("title: T\ndescription: One sentence.\nLastMod: 2020-02-29\n");

        Assert.True(diagnostics.Count == 0, Describe(diagnostics));
        Assert.Equal("One sentence.", fm.Summary);
        Assert.Equal(DateValue.Day(2020, 2, 29), fm.Updated);
        Assert.Equal(new SourcePosition(3, 14), fm.Positions["summary"].Position);
        Assert.False(fm.Params.ContainsKey("description"));
    }

    [Fact]
    public void Hugos_other_date_names_read_as_the_keys_they_stand_for()
    {
        var (fm, diagnostics) = Parse("title: T\npubDate: 2019-04-09\nmodified: 2019-05-01\nunpublishdate: 2030-01-01\n");

        Assert.True(diagnostics.Count == 0, Describe(diagnostics));
        Assert.Equal(new DateTimeOffset(2019, 4, 9, 0, 0, 0, TimeSpan.Zero), fm.PublishDate);
        Assert.Equal(DateValue.Day(2019, 5, 1), fm.Updated);
        Assert.Equal(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero), fm.ExpiryDate);
        Assert.Empty(fm.Params);
    }

    [Fact]
    public void A_key_and_its_synonym_both_given_is_a_warning_at_the_second_and_the_first_wins()
    {
        var (fm, diagnostics) = Parse("title: T\ndescription: From Hugo.\nsummary: Ours.\nupdated: 2019-01-01\nlastmod: soon\n");

        Assert.Collection(diagnostics.ToImmutableSorted(),
            d =>
            {
                Assert.Equal(("GEN010", 4, 1, Severity.Warning), (d.Code, d.Line, d.Column, d.Severity));
                Assert.Equal("'description' on line 3 and 'summary' here are one key, 'summary'; the first one is read", d.Message);
                Assert.Equal("keep one of them: Hugo's 'description' is the generator's 'summary'", d.Hint);
            },
            d => Assert.Equal(("GEN010", 6, 1, "'updated' on line 5 and 'lastmod' here are one key, 'updated'; the first one is read"), (d.Code, d.Line, d.Column, d.Message)));
        Assert.Equal("From Hugo.", fm.Summary);
        Assert.Equal(DateValue.Day(2019, 1, 1), fm.Updated);
    }

    [Fact]
    public void A_site_that_declares_a_field_named_description_reads_it_as_that_field_in_the_parser_and_the_schema()
    {
        var config = Support.TestConfig.Read("baseUrl: https://example.org/\nlanguages:\n  en: { name: English }\ntypes:\n  person:\n    fields:\n"
            + "      description: { type: enum, values: [short, long] }\nsections:\n  people: { type: person }\n");
        var diagnostics = new DiagnosticBag();

        var fm = new FrontMatterParser(config.Model).Parse(FrontMatterBlock.Split("---\ntitle: T\nDescription: long\nlastmod: 2019\n---\n"), "doc.md", "person", diagnostics);

        Assert.True(diagnostics.Count == 0, Describe(diagnostics));
        Assert.Equal("long", fm.Fields["description"]);
        Assert.Null(fm.Summary);
        Assert.Equal(DateValue.Year(2019), fm.Updated);
        var schema = System.Text.Json.Nodes.JsonNode.Parse(Generator.EditorSchemas.FrontMatterSchemaWriter.Write(config).Single(t => t.TypeName == "person").Text)!;
        Assert.NotNull(schema["properties"]!["description"]!["enum"]);
    }

    [Theory]
    [InlineData("/about-us/", "/about-us/")]
    [InlineData("about-us", "/about-us/")]
    [InlineData("/fr/a-propos", "/fr/a-propos/")]
    [InlineData("/docs/v1.2/", "/docs/v1.2/")]
    [InlineData("2019", "/2019/")]
    public void Url_is_kept_as_a_path_between_slashes(string written, string path)
    {
        var (fm, diagnostics) = Parse($"title: T\nURL: {written}\n");

        Assert.True(diagnostics.Count == 0, Describe(diagnostics));
        Assert.Equal(path, fm.Url);
    }

    [Theory]
    [InlineData("/about.html", "a page is a folder, served as its index.html: write '/about/'")]
    [InlineData("about.en.html", "a page is a folder, served as its index.html: write 'about.en/'")]
    [InlineData("/", "write its path from the language's root")]
    [InlineData("/a//b/", "write its path from the language's root")]
    [InlineData("/a/../b/", "write its path from the language's root")]
    [InlineData("https://example.org/x/", "write its path from the language's root")]
    [InlineData("/été/", "write its path from the language's root")]
    [InlineData("/a b/", "write its path from the language's root")]
    [InlineData("\"\"", "write its path from the language's root")]
    public void A_url_that_is_not_a_pages_path_is_an_error_at_its_value(string written, string hint)
    {
        var (fm, diagnostics) = Parse($"title: T\nurl: {written}\n");

        var error = Assert.Single(diagnostics.ToImmutableSorted());
        Assert.Equal(("GEN013", 3, 6), (error.Code, error.Line, error.Column));
        Assert.StartsWith("'", error.Message);
        Assert.EndsWith("' is not a page's path for 'url'", error.Message);
        Assert.StartsWith(hint, error.Hint);
        Assert.Null(fm.Url);
    }

    [Fact]
    public void A_wrong_partial_date_is_an_error_with_the_key_as_written()
    {
        var (fm, diagnostics) = Parse("title: T\nDate: 2019-13\nendDate: June 2019\n");

        Assert.Equal(
            ["(3,7) GEN012 '2019-13' is not a valid date for 'Date'", "(4,10) GEN012 'June 2019' is not a valid date for 'endDate'"],
            diagnostics.ToImmutableSorted().Select(d => $"({d.Line},{d.Column}) {d.Code} {d.Message}"));
        Assert.Null(fm.Date);
    }

    [Fact]
    public void Publication_bounds_written_as_a_year_or_month_start_at_its_first_moment()
    {
        var (fm, diagnostics) = Parse("title: T\npublishDate: 2030\nexpirydate: 2031-06\n");

        Assert.True(diagnostics.Count == 0, Describe(diagnostics));
        Assert.Equal(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero), fm.PublishDate);
        Assert.Equal(new DateTimeOffset(2031, 6, 1, 0, 0, 0, TimeSpan.Zero), fm.ExpiryDate);
    }

    [Fact]
    public void An_unknown_key_stays_a_warning_with_a_did_you_mean_in_any_case()
    {
        var (fm, diagnostics) = Parse("title: T\nDescripton: typo\n");

        var warning = Assert.Single(diagnostics.ToImmutableSorted());
        Assert.Equal(("GEN014", 3, 1, "did you mean 'description'?"), (warning.Code, warning.Line, warning.Column, warning.Hint));
        Assert.Equal("typo", fm.Params["Descripton"]);
    }
}
