using Generator.Tests.Support;

namespace Generator.Tests.Rendering;

/// <summary>
/// <c>date</c> in templates: a date as precise as written, in each language's culture and
/// formats (<c>dateFormat</c>, <c>monthFormat</c>); <c>'iso'</c> for machines; an explicit format
/// applied to the first moment.
/// </summary>
public sealed class DateFunctionTests
{
    private const string SiteYml = """
        baseUrl: https://example.org/
        languages:
          en: { name: English, culture: en-GB, monthFormat: MMM yyyy }
          fr: { name: Français, culture: fr-FR }
          nl: { name: Nederlands, culture: nl-NL }
          de: { name: Deutsch, culture: de-DE, dateFormat: d. MMMM yyyy }
        sections:
          news: { type: news }

        """;

    [Theory]
    [InlineData("2019-06", "en", "Jun 2019|2019-06|2019-06-01")]
    [InlineData("2019-06", "fr", "juin 2019|2019-06|2019-06-01")]
    [InlineData("2019-06", "nl", "juni 2019|2019-06|2019-06-01")]
    [InlineData("2019-06", "de", "Juni 2019|2019-06|2019-06-01")]
    [InlineData("2019", "fr", "2019|2019|2019-01-01")]
    [InlineData("2019-06-20", "de", "20. Juni 2019|2019-06-20|2019-06-20")]
    [InlineData("2018-03-09 23:00:00 -0400", "en", "9 March 2018|2018-03-09|2018-03-09")]
    public void A_date_reads_as_precisely_as_it_was_written_in_each_language(string date, string language, string expected)
    {
        using var site = SmallSite.Create(single: "{{ date page.date }}|{{ date page.date 'iso' }}|{{ date page.date 'yyyy-MM-dd' }}", siteYml: SiteYml);
        site.Write($"input/content/news/item.{language}.md", $"---\ntitle: Item\ndate: \"{date}\"\n---\n");

        var result = TestBuild.Run(site.Path, site.Combine("public"));

        Assert.True(result.Succeeded, TestBuild.Describe(result));
        Assert.Equal(expected, File.ReadAllText(site.Combine("public", language, "news", "item", "index.html")));
    }
}
