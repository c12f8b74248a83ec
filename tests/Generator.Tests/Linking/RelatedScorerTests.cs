using Generator.Build;
using Generator.IO;
using Generator.Linking;
using Generator.Tests.Support;

namespace Generator.Tests.Linking;

/// <summary>
/// Related documents are found without scoring every document that shares a large topic: the
/// result must be the one a search of every candidate gives. With no target counted as small,
/// every shortcut is taken (newest exclusive members, pairwise intersections).
/// </summary>
public sealed class RelatedScorerTests
{
    [Theory]
    [InlineData("")]
    [InlineData("tests/Generator.Tests/fixtures/knowledge")]
    public void Shortcuts_give_the_related_documents_a_full_search_gives(string site)
    {
        var root = Path.Combine(Repo.Root, site);
        var theme = site.Length == 0 ? null : Path.Combine(root, "theme");
        var options = new BuildOptions
        {
            InputDirectory = Path.Combine(root, "input"),
            ThemeDirectory = theme ?? Path.Combine(Repo.Root, "theme"),
            OutputDirectory = Path.Combine(root, "unused"),
            WriteOutput = false,
        };
        var cache = new BuildCache();
        var result = new SiteBuilder(new PhysicalFileSystem(), new FixedClock(TestBuild.Now)).Build(options, cache);
        Assert.True(result.Succeeded, TestBuild.Describe(result));
        var (model, edges) = (cache.Last!.Model, cache.Last.Graph.Edges);

        var full = new RelatedScorer(model, smallTarget: int.MaxValue).Score(edges, 2, default);
        var shortcuts = new RelatedScorer(model, smallTarget: 0).Score(edges, 2, default);

        Assert.Contains(full.Values, related => related.Length >= 3);
        Assert.Equal(full.Count, shortcuts.Count);
        foreach (var (key, related) in full)
        {
            Assert.Equal(related.ToArray(), shortcuts[key].ToArray());
        }
    }
}
