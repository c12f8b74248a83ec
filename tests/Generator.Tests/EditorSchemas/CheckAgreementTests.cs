using System.Collections.Immutable;
using Generator.Tests.Support;

namespace Generator.Tests.EditorSchemas;

/// <summary>
/// Small front matters, one mistake each (or none): the schema rejects exactly those in which
/// <c>check</c> reports a front-matter mistake, with the code the mistake has, and accepts the
/// forms the generator accepts (yes/no, quoted numbers, one tag for a list, times and offsets,
/// years and months, keys in another case, Hugo's names).
/// </summary>
public sealed class CheckAgreementTests
{
    internal const string SiteYml = """
        baseUrl: https://example.org/
        languages:
          en: { name: English }
        types:
          report:
            kind: document
            fields:
              status: { type: enum, values: [draft, adopted] }
              level: { type: enum, values: [1, 2, 3], default: 1 }
              owner: { type: text, required: true }
              score: { type: number }
              featured: { type: bool }
              website: { type: url }
              keywords: { type: list }
              published: { type: date }
              lead: { type: reference, to: person }
            relations:
              supersedes: { to: report }
          person:
            kind: entity
            fields:
              role: { type: text }
        relations:
          people: { to: person }
        sections:
          reports: { type: report }
          people: { type: person }

        """;

    /// <summary>Each case: its front matter (without title and owner when it is about them) and the code check reports, or null.</summary>
    internal static readonly ImmutableSortedDictionary<string, (string FrontMatter, string? Code)> Cases = new Dictionary<string, (string, string?)>
    {
        ["valid-minimal"] = ("title: Minimal\nowner: Ana", null),
        ["valid-full"] = ("""
            title: Full
            date: 2019-04-09T14:30:00+02:00
            updated: 2019-04-10
            publishDate: "2019-04-09 14:30:00+02:00"
            summary: 2019
            draft: yes
            slug: intégration
            aliases: /old/report/
            weight: "3"
            tags: housing
            status: adopted
            level: 2
            owner: Ana
            score: 2.5
            featured: True
            website: /files/report.pdf
            keywords: [a, b]
            published: 2020-02-29
            lead: ana
            supersedes: [valid-minimal]
            people: [ana]
            translationKey: reports/full
            params: { colour: blue, count: 3 }
            """, null),
        ["valid-quoted-and-words"] = ("title: 2019\nowner: 7\ndraft: \"no\"\nfeatured: NO\nscore: \"-1.5e3\"\nweight: -4\nwebsite: https://example.org/x\ntags: [a, 3, true]\nlevel: \"3\"", null),
        ["valid-type-of-another-section"] = ("title: Person here\ntype: person\nrole: chair", null),
        ["valid-fields-left-empty"] = ("title: Empty fields\nowner: Ana\nstatus:\nlevel: \"\"\nscore:\nfeatured:\nwebsite:\nkeywords:\npublished:\nlead:", null),
        ["required-field-empty"] = ("title: Empty owner\nowner:", "GEN064"),
        ["required-field-empty-text"] = ("title: Empty owner\nowner: \"\"", "GEN064"),
        ["enum-value"] = ("title: Enum\nowner: Ana\nstatus: final", "GEN013"),
        ["enum-number"] = ("title: Enum number\nowner: Ana\nlevel: 5", "GEN013"),
        ["required-field-missing"] = ("title: No owner", "GEN064"),
        ["title-missing"] = ("owner: Ana\nsummary: no title", "GEN011"),
        ["title-empty"] = ("title: \"  \"\nowner: Ana", "GEN011"),
        ["date-month-13"] = ("title: Date\nowner: Ana\ndate: 2019-13-45", "GEN012"),
        ["date-not-a-leap-year"] = ("title: Leap\nowner: Ana\ndate: 2019-02-29", "GEN012"),
        ["valid-dates-as-written"] = ("title: Dates\nowner: Ana\ndate: 2018-03-09 09:00:00 -0400\nupdated: 2019\npublishDate: 2019-06\npublished: 2019-04-09t14:30z", null),
        ["date-offset-hours-too-many"] = ("title: Offset\nowner: Ana\ndate: 2019-04-09 14:30 +15", "GEN012"),
        ["date-year-short"] = ("title: Year\nowner: Ana\nexpiryDate: 219", "GEN012"),
        ["date-month-alone"] = ("title: Month\nowner: Ana\nupdated: 2019-13", "GEN012"),
        ["date-field-word"] = ("title: Published\nowner: Ana\npublished: soon", "GEN012"),
        ["valid-date-as-number"] = ("title: Year\nowner: Ana\nexpiryDate: 2999", null),
        ["number-word"] = ("title: Score\nowner: Ana\nscore: many", "GEN013"),
        ["bool-maybe"] = ("title: Draft\nowner: Ana\ndraft: maybe", "GEN013"),
        ["bool-field-number"] = ("title: Featured\nowner: Ana\nfeatured: 1", "GEN013"),
        ["weight-fraction"] = ("title: Weight\nowner: Ana\nweight: 2.5", "GEN013"),
        ["url-without-scheme"] = ("title: Website\nowner: Ana\nwebsite: example.org", "GEN013"),
        ["tags-mapping"] = ("title: Tags\nowner: Ana\ntags: { a: b }", "GEN013"),
        ["tags-empty"] = ("title: No tags\nowner: Ana\ntags:", "GEN013"),
        ["relation-mapping"] = ("title: Relation\nowner: Ana\nsupersedes: { a: b }", "GEN013"),
        ["reference-list"] = ("title: Lead\nowner: Ana\nlead: [ana]", "GEN013"),
        ["params-text"] = ("title: Params\nowner: Ana\nparams: blue", "GEN013"),
        ["slug-without-letters"] = ("title: Slug\nowner: Ana\nslug: \"---\"", "GEN013"),
        ["summary-list"] = ("title: Summary\nowner: Ana\nsummary: [a, b]", "GEN013"),
        ["unknown-key"] = ("title: Typo\nowner: Ana\nsumary: a typo", "GEN014"),
        ["key-of-another-type"] = ("title: Role\nowner: Ana\nrole: chair", "GEN063"),
        ["unknown-type"] = ("title: Type\nowner: Ana\ntype: reprot", "GEN065"),
        ["valid-hugo-keys"] = ("Title: Keys\nOWNER: Ana\nlastmod: 2019-06-20\ndescription: a summary\nurl: /reports/hugo-keys/\nPublished: 2019", null),
        ["url-file"] = ("title: Url\nowner: Ana\nurl: /reports/forms.html", "GEN013"),
        ["url-parent"] = ("title: Url\nowner: Ana\nurl: /reports/../x/", "GEN013"),
        ["title-in-another-case-empty"] = ("TITLE: \"\"\nowner: Ana", "GEN011"),
    }.ToImmutableSortedDictionary(StringComparer.Ordinal);

    private static readonly Lazy<ImmutableDictionary<string, FrontMatterVerdicts.Verdict>> Verdicts = new(() =>
    {
        using var site = SmallSite.Create(siteYml: SiteYml);
        site.Write("input/content/people/ana.en.md", "---\ntitle: Ana\n---\n");
        foreach (var (name, (frontMatter, _)) in Cases)
        {
            site.Write($"input/content/reports/{name}.en.md", $"---\n{frontMatter}\n---\n\nText.\n");
        }

        return FrontMatterVerdicts.Of(site.Path).ToImmutableDictionary(v => Path.GetFileName(v.File).Replace(".en.md", string.Empty, StringComparison.Ordinal));
    });

    public static TheoryData<string> CaseNames() => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void The_schema_rejects_a_front_matter_exactly_when_check_reports_its_mistake(string name)
    {
        var (_, code) = Cases[name];
        var verdict = Verdicts.Value[name];

        if (code is null)
        {
            Assert.Empty(verdict.CheckCodes);
            Assert.True(verdict.SchemaErrors.IsEmpty, verdict.ToString());
        }
        else
        {
            Assert.Contains(code, verdict.CheckCodes);
            Assert.False(verdict.SchemaErrors.IsEmpty, verdict.ToString());
        }
    }

    [Fact]
    public void The_control_page_and_every_case_are_judged()
    {
        Assert.Equal(Cases.Count + 1, Verdicts.Value.Count);
        Assert.Empty(Verdicts.Value["ana"].SchemaErrors);
    }
}
