using Generator.Tests.Support;

namespace Generator.Tests.Build;

/// <summary>
/// A site written for Hugo (tests/Generator.Tests/fixtures/hugo-site): suffixed translations,
/// capitalised keys (<c>Title:</c>, <c>Date:</c>, <c>Description:</c>), Hugo and Jekyll dates, a
/// year alone, a dated file name, <c>figure</c> and <c>ref</c> shortcodes, <c>tags</c> and
/// <c>categories</c> declared Hugo's way, no sections declared. It builds with a site.yml and
/// the project's theme, no content changed, without a diagnostic; its output is compared file by file.
/// </summary>
public sealed class HugoSiteFixtureTests
{
    private static readonly string Site = Repo.Fixture("hugo-site");

    [Fact]
    public void Builds_unchanged_with_a_site_yml_and_matches_the_expected_output()
    {
        using var temp = new TempDirectory();
        var result = TestBuild.Run(Site, temp.Combine("public"), themeDirectory: Path.Combine(Repo.Root, "theme"));

        Assert.True(result.Succeeded, TestBuild.Describe(result));
        Assert.Empty(result.Diagnostics);
        GoldenDirectory.AssertMatches(Path.Combine(Site, "expected"), temp.Combine("public"));
    }

    [Fact]
    public void Capitalised_keys_dated_file_names_and_hugo_taxonomies_are_read_as_hugo_reads_them()
    {
        using var temp = new TempDirectory();
        TestBuild.Run(Site, temp.Combine("public"), themeDirectory: Path.Combine(Repo.Root, "theme"));

        var post = File.ReadAllText(temp.Combine("public", "en", "posts", "refugee-day", "index.html"));
        Assert.Contains("<title>World Refugee Day", post);
        Assert.Contains("content=\"Cities mark World Refugee Day.\"", post);
        Assert.Contains("<a href=\"/en/reports/annual-2018/\">annual report</a>", post);
        Assert.True(File.Exists(temp.Combine("public", "en", "categories", "events", "index.html")));
        Assert.True(File.Exists(temp.Combine("public", "fr", "tags", "refugies", "index.html")));
        Assert.Contains(">Posts</a>", File.ReadAllText(temp.Combine("public", "en", "index.html")));
    }

    [Fact]
    public void Toml_and_json_front_matter_read_as_yaml_does()
    {
        using var temp = new TempDirectory();
        TestBuild.Run(Site, temp.Combine("public"), themeDirectory: Path.Combine(Repo.Root, "theme"));

        var toml = File.ReadAllText(temp.Combine("public", "en", "reports", "annual-2019", "index.html"));
        Assert.Contains("<title>Annual report 2019", toml);
        Assert.Contains("content=\"Written with TOML front matter, as Hugo’s default archetype writes it.\"", toml);
        Assert.Contains("<time datetime=\"2020-05-14\">14 May 2020</time>", File.ReadAllText(temp.Combine("public", "en", "reports", "index.html")));
        Assert.Contains("href=\"/en/tags/participation/\"", toml);
        var json = File.ReadAllText(temp.Combine("public", "fr", "reports", "annual-2019", "index.html"));
        Assert.Contains("<title>Rapport annuel 2019", json);
        Assert.Contains("href=\"/fr/categories/rapports/\"", json);
    }

    [Fact]
    public void The_text_before_a_more_divider_is_the_summary_of_a_page_without_one()
    {
        using var temp = new TempDirectory();
        TestBuild.Run(Site, temp.Combine("public"), themeDirectory: Path.Combine(Repo.Root, "theme"));

        var list = File.ReadAllText(temp.Combine("public", "en", "posts", "index.html"));
        Assert.Contains("<p>A workshop on housing for newcomers. Cities compared their figures.</p>", list);
        Assert.DoesNotContain("which lists do not show", list);
        var page = File.ReadAllText(temp.Combine("public", "en", "posts", "housing-workshop", "index.html"));
        Assert.Contains("which lists do not show", page);
        Assert.Contains("<meta name=\"description\" content=\"A workshop on housing for newcomers. Cities compared their figures.\">", page);
        Assert.DoesNotContain("class=\"lead\"", page);
    }
}
