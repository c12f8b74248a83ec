using Generator.Tests.Support;

namespace Generator.Tests.Content;

/// <summary>File names as a file system allows them: on Linux a backslash is a character of a name, not a folder separator.</summary>
public sealed class FileNameTests
{
    [Fact]
    public void A_backslash_in_a_file_name_stays_in_the_name_diagnostics_give()
    {
        if (Path.DirectorySeparatorChar == '\\')
        {
            return; // Windows names cannot hold a backslash
        }

        using var site = new TempDirectory();
        site.Write("input/site.yml", "baseUrl: https://example.org/\nlanguages:\n  en: { name: English, culture: en-GB, title: Test }\n");
        site.Write("input/content/_index.en.md", "---\ntitle: Home\n---\nWelcome.\n");
        site.Write("input/content/news/a\\b.en.md", "---\ntitle: [unclosed\n---\nText.\n");
        foreach (var file in Directory.GetFiles(Repo.Fixture("invalid", "_theme"), "*", SearchOption.AllDirectories))
        {
            site.Write(Path.Combine("theme", Path.GetRelativePath(Repo.Fixture("invalid", "_theme"), file)), File.ReadAllText(file));
        }

        var result = TestBuild.Run(site.Path, site.Combine("public"));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("input/content/news/a\\b.en.md", error.File);
        Assert.True(File.Exists(site.Combine(error.File)), error.ToString());
    }
}
