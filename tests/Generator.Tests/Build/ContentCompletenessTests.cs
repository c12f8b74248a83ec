using System.Text.RegularExpressions;
using Generator.Tests.Support;

namespace Generator.Tests.Build;

/// <summary>
/// The real site's content is complete: every project, city, organisation, event, news item,
/// topic and contact person the seeds name has its page in English, French and Dutch, and the
/// French and Dutch pages are translations, not copies of the English ones.
/// </summary>
public sealed partial class ContentCompletenessTests(RealSiteTests.BuiltSite site) : IClassFixture<RealSiteTests.BuiltSite>
{
    /// <summary>Every entity and document the seeds name, by id (see seeds/ and the content under input/content).</summary>
    public static readonly string[] SeedPages =
    [
        "working-group",
        "guidelines/young-migrants-integration", "statements/future-of-integration",
        "projects/values", "projects/resoma", "projects/errin", "projects/amid", "projects/curant",
        "projects/integrating-cities", "projects/regions4integration", "projects/urban-partnership-inclusion",
        "cities/toulouse", "cities/antwerp", "cities/bristol", "cities/turin", "cities/nuremberg",
        "cities/brussels", "cities/new-york", "cities/middelburg", "cities/coevorden", "cities/aleppo",
        "organisations/eurocities", "organisations/european-commission", "organisations/european-committee-of-the-regions",
        "organisations/european-parliament", "organisations/eurostat", "organisations/european-volunteer-centre",
        "organisations/migrationwork", "organisations/bristol-refugee-rights", "organisations/creative-youth-network",
        "organisations/association-of-european-regions", "organisations/dutch-council-for-refugees",
        "organisations/brussels-studies", "organisations/macquarie-university", "organisations/universite-laval",
        "organisations/urban-innovative-actions",
        "events/toulouse-2019", "events/antwerp-2019", "events/eu-migration-forum-2019", "events/eu-urban-academy-2019",
        "events/amid-final-conference", "events/small-territories-seminar", "events/regions4integration-workshop",
        "events/european-elections-2019",
        "news/european-elections-survey", "news/values-bristol", "news/amid-migrants-with-disabilities",
        "news/small-territories-seminar", "news/world-refugee-day", "news/refugees-work-brussels", "news/migrant-entrepreneurship",
        "people/niels-tubbing", "people/sandra-lundberg", "people/katharina-bamberg",
        "topics/young-migrants", "topics/voluntary-return", "topics/irregular-migrants", "topics/volunteering",
        "topics/counter-narrative", "topics/multilevel-governance", "topics/eu-mobility-and-elections",
        "topics/transatlantic-cooperation", "topics/housing", "topics/employment", "topics/migrants-with-disabilities",
        "topics/small-territories",
    ];

    public static TheoryData<string> Pages() => [.. SeedPages];

    [Theory]
    [MemberData(nameof(Pages))]
    public void Exists_in_all_three_languages_and_is_translated(string id)
    {
        var english = Body(id, "en");
        foreach (var language in new[] { "fr", "nl" })
        {
            var translation = Body(id, language);
            var englishLines = Lines(english).ToHashSet();
            var copied = Lines(translation).Count(englishLines.Contains);
            var total = Math.Max(1, Lines(translation).Count());
            Assert.True(copied * 4 < total || total <= 2 && copied == 0,
                $"{id}.{language}.md repeats {copied} of its {total} lines from the English text");
            Assert.False(Prose(english).Length > 0 && Prose(english) == Prose(translation), $"the body of {id}.{language}.md is a copy of the English one");
            Assert.NotEqual(Title(id, "en") + Prose(english), Title(id, language) + Prose(translation));
        }
    }

    [Fact]
    public void Every_page_is_built_as_a_translation_in_every_language()
    {
        Assert.True(site.Result.Succeeded, TestBuild.Describe(site.Result));
        foreach (var language in new[] { "en", "fr", "nl" })
        {
            using var graph = System.Text.Json.JsonDocument.Parse(site.Read($"{language}/graph.json"));
            var translated = graph.RootElement.GetProperty("nodes").EnumerateArray()
                .Where(n => n.GetProperty("lang").GetString() == language)
                .Select(n => n.GetProperty("id").GetString())
                .ToHashSet();
            Assert.Empty(SeedPages.Where(id => !translated.Contains(id)).Select(id => $"{id} ({language})"));
        }
    }

    private static string Body(string id, string language)
    {
        var path = Path.Combine(Repo.Root, "input", "content", $"{id}.{language}.md");
        Assert.True(File.Exists(path), $"{id}.{language}.md is missing");
        var text = File.ReadAllText(path);
        var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        return end < 0 ? text : text[(end + 4)..];
    }

    private static string Title(string id, string language) =>
        TitleLine().Match(File.ReadAllText(Path.Combine(Repo.Root, "input", "content", $"{id}.{language}.md"))).Value;

    /// <summary>Lines of prose: long enough to be a sentence, without wikilinks' targets or proper names alone.</summary>
    private static IEnumerable<string> Lines(string body) =>
        body.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 40);

    /// <summary>The body's text with its spacing made uniform, so that a copy re-wrapped is still a copy.</summary>
    private static string Prose(string body) => string.Join(' ', body.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex("^title: .*$", RegexOptions.Multiline)]
    private static partial Regex TitleLine();
}
