using Generator.Tests.Support;

namespace Generator.Tests.Build;

/// <summary>
/// The multilingual fixture site (tests/Generator.Tests/fixtures/multilingual): missing
/// translations, translated slugs, translationKey, drafts, future publishDate, expiry, aliases,
/// BOM and CRLF files, pagination and tags. Its whole output is compared with expected/.
/// </summary>
public sealed class MultilingualFixtureTests
{
    private static readonly string Site = Repo.Fixture("multilingual");

    [Fact]
    public void Output_matches_the_committed_expected_output_file_by_file()
    {
        using var temp = new TempDirectory();
        var result = TestBuild.Run(Site, temp.Combine("public"));

        Assert.True(result.Succeeded, TestBuild.Describe(result));
        GoldenDirectory.AssertMatches(Path.Combine(Site, "expected"), temp.Combine("public"));
    }

    [Fact]
    public void Diagnostics_are_the_expected_warnings()
    {
        using var temp = new TempDirectory();
        var result = TestBuild.Run(Site, temp.Combine("public"));
        var expectedPath = Path.Combine(Site, "expected-diagnostics.txt");
        var actual = TestBuild.Describe(result) + "\n";
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(expectedPath, actual);
        }

        Assert.Equal(File.ReadAllText(expectedPath), actual);
    }

    [Fact]
    public void Two_builds_with_different_thread_counts_are_byte_identical()
    {
        using var temp = new TempDirectory();
        var first = TestBuild.Run(Site, temp.Combine("one"), parallelism: 1);
        var second = TestBuild.Run(Site, temp.Combine("many"), parallelism: 8);

        Assert.True(first.Succeeded && second.Succeeded);
        Assert.NotEmpty(GoldenDirectory.Files(temp.Combine("one")));
        GoldenDirectory.AssertSame(temp.Combine("one"), temp.Combine("many"));
    }

    [Fact]
    public void Rebuilding_into_the_same_folder_gives_the_same_bytes_and_leaves_no_staging_folders()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("public");
        TestBuild.Run(Site, output);
        var firstBytes = GoldenDirectory.Files(output).ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(output, f)));
        File.WriteAllText(Path.Combine(output, "stale.html"), "left from an older build");
        File.AppendAllText(Path.Combine(output, Generator.Publishing.OutputManifest.FileName), "stale.html\n");

        var result = TestBuild.Run(Site, output);

        Assert.True(result.Succeeded);
        Assert.False(File.Exists(Path.Combine(output, "stale.html")));
        Assert.Equal(firstBytes.Keys, GoldenDirectory.Files(output));
        Assert.All(firstBytes, pair => Assert.Equal(pair.Value, File.ReadAllBytes(Path.Combine(output, pair.Key))));
        Assert.Equal([".cache", "public"], Directory.GetDirectories(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
