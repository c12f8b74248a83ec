using Generator.Tests.Support;

namespace Generator.Tests.Linking;

/// <summary>
/// The knowledge-base fixture (fixtures/knowledge): relations of every kind, wikilinks with
/// labels and anchors, links to untranslated targets, links inside code (left alone), a cycle,
/// a page nobody links to and a self-link. Its whole output is compared with expected/.
/// </summary>
public sealed class KnowledgeFixtureTests
{
    private static readonly string Site = Repo.Fixture("knowledge");

    [Fact]
    public void Output_matches_the_committed_expected_output_file_by_file()
    {
        using var temp = new TempDirectory();
        var result = TestBuild.Run(Site, temp.Combine("public"));

        Assert.True(result.Succeeded, TestBuild.Describe(result));
        Assert.Empty(result.Diagnostics);
        GoldenDirectory.AssertMatches(Path.Combine(Site, "expected"), temp.Combine("public"));
    }
}
