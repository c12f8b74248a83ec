using System.Text.Json;
using Generator.Tests.Support;

namespace Generator.Tests.Rendering;

/// <summary>
/// JSON-LD names who published an article (site.yml's <c>publisher</c>) and, where a relation is
/// declared with <c>schema: author</c>, the people who wrote it, each as its type's schema.org type.
/// </summary>
public sealed class JsonLdAuthorTests
{
    private const string SiteYml = """
        baseUrl: https://example.org/
        languages:
          en: { name: English, culture: en-GB, title: Network site }
        types:
          news: { kind: document, schema: NewsArticle }
          person: { kind: entity, schema: Person }
          organisation: { kind: entity, schema: Organization }
        sections:
          news: { type: news }
          people: { type: person }
          organisations: { type: organisation }
        relations:
          authors: { to: person, schema: author }
        publisher:
          page: organisations/network
          name: { en: The City Network }
        """;

    [Fact]
    public void An_article_names_its_authors_and_the_publisher_organisation()
    {
        using var site = new TempDirectory();
        site.Write("input/site.yml", SiteYml);
        site.Write("input/content/people/ann.md", "---\ntitle: Ann Example\n---\n");
        site.Write("input/content/organisations/network.md", "---\ntitle: The City Network\n---\n");
        site.Write("input/content/news/a.md", "---\ntitle: A\ndate: 2019-04\nauthors: [ann]\n---\nText.\n");
        site.Write("input/content/news/b.md", "---\ntitle: B\ndate: 2019-05\n---\nText.\n");

        var result = TestBuild.Run(site.Path, site.Combine("public"), themeDirectory: Path.Combine(Repo.Root, "theme"));

        Assert.True(result.Succeeded, TestBuild.Describe(result));
        var written = JsonLd(site, "news/a");
        Assert.Equal("""{"@type":"Person","name":"Ann Example","url":"https://example.org/en/people/ann/"}""", written.GetProperty("author").GetRawText());
        Assert.Equal("""{"@type":"Organization","name":"The City Network","url":"https://example.org/en/organisations/network/"}""", written.GetProperty("publisher").GetRawText());
        Assert.Equal("The City Network", JsonLd(site, "news/b").GetProperty("author").GetProperty("name").GetString());
    }

    private static JsonElement JsonLd(TempDirectory site, string page)
    {
        var html = File.ReadAllText(site.Combine("public", "en", page, "index.html"));
        var start = html.IndexOf("<script type=\"application/ld+json\">", StringComparison.Ordinal) + 35;
        return JsonDocument.Parse(html[start..html.IndexOf("</script>", start, StringComparison.Ordinal)]).RootElement;
    }
}
