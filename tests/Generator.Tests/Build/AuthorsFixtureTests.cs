using Generator.Tests.Support;

namespace Generator.Tests.Build;

/// <summary>
/// Content as people already write it (tests/Generator.Tests/fixtures/authors): a language
/// folder (<c>content/fr/</c>) mixed with suffixed files, dated file names, Hugo and Jekyll dates
/// with times and offsets, partial dates (a year, a month), capitalised keys, HTML pages with
/// front matter, and every shortcode the theme ships, built with the project's theme; its output
/// is compared file by file. Its <c>mistakes/</c> folder, laid over a copy, misuses each shipped
/// shortcode: the diagnostics are compared with a committed file.
/// </summary>
public sealed class AuthorsFixtureTests
{
    private static readonly string Site = Repo.Fixture("authors");
    private static readonly string Theme = Path.Combine(Repo.Root, "theme");

    [Fact]
    public void Builds_with_the_projects_theme_without_a_diagnostic_and_matches_the_expected_output()
    {
        using var temp = new TempDirectory();
        var result = TestBuild.Run(Site, temp.Combine("public"), themeDirectory: Theme);

        Assert.True(result.Succeeded, TestBuild.Describe(result));
        Assert.Empty(result.Diagnostics);
        GoldenDirectory.AssertMatches(Path.Combine(Site, "expected"), temp.Combine("public"));
    }

    [Fact]
    public void Language_folders_and_suffixed_files_join_as_translations()
    {
        using var temp = new TempDirectory();
        TestBuild.Run(Site, temp.Combine("public"), themeDirectory: Theme);

        var english = File.ReadAllText(temp.Combine("public", "en", "news", "refugee-day", "index.html"));
        var french = File.ReadAllText(temp.Combine("public", "fr", "actualites", "journee-des-refugies", "index.html"));
        Assert.Contains("href=\"/fr/actualites/journee-des-refugies/\" hreflang=\"fr\"", english);
        Assert.Contains("href=\"/en/news/refugee-day/\" hreflang=\"en\"", french);
        Assert.Contains("<time datetime=\"2005\">2005</time>", File.ReadAllText(temp.Combine("public", "en", "reports", "index.html")));
        Assert.Contains("<p>Cette page est écrite en <strong>HTML</strong>.", File.ReadAllText(temp.Combine("public", "fr", "a-propos", "index.html")));
    }

    [Fact]
    public void A_folder_with_its_own_index_is_a_sub_section_whose_address_nests_in_its_parents()
    {
        using var temp = new TempDirectory();
        TestBuild.Run(Site, temp.Combine("public"), themeDirectory: Theme);
        string Page(params string[] path) => File.ReadAllText(temp.Combine(["public", .. path, "index.html"]));

        // Its segment is its _index's slug in each language, else its folder's name; a page inside nests below it.
        var english = Page("en", "reports", "briefs");
        Assert.Contains("<h1>Policy briefs</h1>", english);
        Assert.Contains("href=\"/fr/rapports/notes/\" hreflang=\"fr\"", english);
        Assert.Contains("<a href=\"/en/reports/briefs/2020/\">Briefs of 2020</a> <span class=\"count\">(1)</span>", english);
        Assert.Contains("<a href=\"/fr/rapports/notes/\">Notes de politique</a> <span class=\"count\">(2)</span>", Page("fr", "rapports"));

        // The breadcrumbs go down through every section above the page.
        var deepest = Page("fr", "rapports", "notes", "2020", "language-brief");
        Assert.Contains("<li><a href=\"/fr/rapports/\">Rapports</a></li>\n<li><a href=\"/fr/rapports/notes/\">Notes de politique</a></li>\n<li><a href=\"/fr/rapports/notes/2020/\" lang=\"en\">Briefs of 2020</a></li>\n<li><span aria-current=\"page\" lang=\"en\">", deepest);

        // A sub-section without an introduction in the reader's language is titled by its source's, marked as such.
        Assert.Contains("<h1 lang=\"en\">Briefs of 2020</h1>", Page("fr", "rapports", "notes", "2020"));

        // The parent's list shows every page below it; the main menu keeps to top-level sections.
        var reports = Page("en", "reports");
        Assert.Contains("href=\"/en/reports/briefs/2020/language-brief/\"", reports);
        Assert.Contains("<li><a href=\"/en/news/\">News</a></li>\n<li><a href=\"/en/reports/\">Reports</a></li>\n</ul>", Page("en"));

        // A link names a section by its folder, and a file by its path as Hugo's ref does.
        Assert.Contains("The <a href=\"/en/reports/briefs/\">policy briefs</a> are newer; so is <a href=\"/en/reports/briefs/housing-brief/\">the housing brief</a>. See also <a href=\"/en/reports/briefs/\">Policy briefs</a>.", Page("en", "reports", "archive"));

        // A folder without _index only groups files on disk: its pages are the section's.
        Assert.Contains(">The network’s first meeting</h1>", Page("en", "news", "network-founded"));
    }

    [Fact]
    public void Each_shipped_shortcode_misused_is_reported_at_its_place()
    {
        using var temp = new TempDirectory();
        Copy(Path.Combine(Site, "input"), temp.Combine("input"));
        Copy(Path.Combine(Site, "mistakes"), temp.Combine("input"));

        var result = TestBuild.Run(temp.Path, temp.Combine("public"), themeDirectory: Theme);

        var expectedPath = Path.Combine(Site, "expected-mistakes.txt");
        // The theme is named as diagnostics name it, relative to the copy: made the same on every machine.
        var actual = TestBuild.Describe(result).Replace(Path.GetRelativePath(temp.Path, Theme).Replace('\\', '/'), "theme", StringComparison.Ordinal) + "\n";
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(expectedPath, actual);
        }

        Assert.False(result.Succeeded);
        Assert.Equal(File.ReadAllText(expectedPath), actual);
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
