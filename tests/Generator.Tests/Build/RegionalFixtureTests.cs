using Generator.Tests.Support;

namespace Generator.Tests.Build;

/// <summary>
/// The regional fixture site (tests/Generator.Tests/fixtures/regional): another content model
/// (reports, briefs, workshops, regions, programmes, people), two taxonomies with translated
/// terms, German and Spanish (whose UI strings only the site provides), built with the project's
/// own theme, unchanged. Its whole output is compared with expected/.
/// </summary>
public sealed class RegionalFixtureTests
{
    private static readonly string Site = Repo.Fixture("regional");

    [Fact]
    public void Builds_with_the_projects_theme_without_a_diagnostic_and_matches_the_expected_output()
    {
        using var temp = new TempDirectory();
        var result = TestBuild.Run(Site, temp.Combine("public"), themeDirectory: Path.Combine(Repo.Root, "theme"));

        Assert.True(result.Succeeded, TestBuild.Describe(result));
        Assert.Empty(result.Diagnostics);
        GoldenDirectory.AssertMatches(Path.Combine(Site, "expected"), temp.Combine("public"));
    }

    [Theory]
    [InlineData("de/themen/wohnen/index.html", "/es/temas/vivienda/")]
    [InlineData("es/temas/vivienda/index.html", "/de/themen/wohnen/")]
    [InlineData("de/zielgruppen/gemeinden/index.html", "/es/publicos/municipios/")]
    public void A_translated_terms_page_switches_to_its_translation_not_to_the_index(string page, string translation)
    {
        using var temp = new TempDirectory();
        TestBuild.Run(Site, temp.Combine("public"), themeDirectory: Path.Combine(Repo.Root, "theme"));

        var html = File.ReadAllText(temp.Combine("public", page));
        Assert.Contains($"href=\"{translation}\" hreflang=", html);
    }

    [Fact]
    public void A_page_lists_its_terms_of_each_taxonomy_in_its_language()
    {
        using var temp = new TempDirectory();
        TestBuild.Run(Site, temp.Combine("public"), themeDirectory: Path.Combine(Repo.Root, "theme"));

        var html = File.ReadAllText(temp.Combine("public", "es", "informes", "wohnen-2024", "index.html"));
        Assert.Contains("<span>Temas:</span>", html);
        Assert.Contains("<a href=\"/es/temas/vivienda/\">Vivienda</a>", html);
        Assert.Contains("<a href=\"/es/temas/trabajo/\">Trabajo</a>", html);
        Assert.Contains("<span>Públicos:</span>", html);
        Assert.Contains("<a href=\"/es/publicos/municipios/\">Municipios</a>", html);
    }
}
