using Generator.Tests.Support;

namespace Generator.Tests.EditorSchemas;

/// <summary>
/// On every fixture site that declares its types (and whose site.yml has no errors), the schema of each content file's type rejects
/// exactly the files that <c>check</c> reports a front-matter mistake in.
/// </summary>
public sealed class FixtureSchemaTests
{
    public static TheoryData<string> SitesWithTypes() => [.. Sites()];

    private static List<string> Sites()
    {
        var sites = new List<string>();
        foreach (var siteYml in Directory.GetFiles(Repo.Fixtures, "site.yml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            // A site.yml with errors has no model to write schemas from (check reports it).
            if (Path.GetFileName(Path.GetDirectoryName(siteYml)) == "input" && File.ReadLines(siteYml).Any(l => l.StartsWith("types:", StringComparison.Ordinal))
                && new global::Generator.Configuration.SiteConfigLoader().Load(File.ReadAllText(siteYml), "site.yml", null, new global::Generator.Diagnostics.DiagnosticBag()) is not null)
            {
                sites.Add(Path.GetRelativePath(Repo.Fixtures, Path.GetDirectoryName(Path.GetDirectoryName(siteYml))!).Replace('\\', '/'));
            }
        }

        return sites;
    }

    [Fact]
    public void The_fixtures_declaring_types_are_found()
    {
        var sites = Sites();

        Assert.Contains("check", sites);
        Assert.Contains("knowledge", sites);
        Assert.Contains("multilingual", sites);
        Assert.Contains("regional", sites);
    }

    [Theory]
    [MemberData(nameof(SitesWithTypes))]
    public void The_schema_rejects_the_files_check_reports_front_matter_mistakes_in(string site)
    {
        var directory = Repo.Fixture(site);
        var theme = Directory.Exists(Path.Combine(directory, "theme")) ? null : Repo.Fixture("invalid", "_theme");

        var verdicts = FrontMatterVerdicts.Of(directory, theme);

        Assert.NotEmpty(verdicts);
        var disagreements = verdicts.Where(v => !v.Agree).ToList();
        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements));
    }

    [Fact]
    public void On_the_check_fixture_the_file_with_front_matter_mistakes_is_rejected_and_an_end_before_its_start_is_left_to_check()
    {
        var verdicts = FrontMatterVerdicts.Of(Repo.Fixture("check"), Repo.Fixture("invalid", "_theme")).ToDictionary(v => v.File);

        var problems = verdicts["input/content/news/problems.en.md"];
        Assert.Equal<string>(["GEN012", "GEN014", "GEN063"], problems.CheckCodes);
        Assert.Contains(problems.SchemaErrors, e => e.StartsWith("/date ", StringComparison.Ordinal));
        Assert.Contains(problems.SchemaErrors, e => e.Contains("sumary", StringComparison.Ordinal) || e.Contains("additionalProperties", StringComparison.Ordinal));
        var meeting = verdicts["input/content/events/meeting.en.md"];
        Assert.Empty(meeting.CheckCodes);
        Assert.Empty(meeting.SchemaErrors);
    }
}
