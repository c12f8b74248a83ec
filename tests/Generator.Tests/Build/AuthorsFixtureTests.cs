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
