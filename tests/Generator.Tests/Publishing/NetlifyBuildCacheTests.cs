using Generator.Build;
using Generator.IO;
using Generator.Tests.Support;

namespace Generator.Tests.Publishing;

/// <summary>
/// The repository's Netlify build plugin (src/netlify-plugin-build-cache), run with Netlify's own
/// cache utilities: what one build leaves is saved after it, the checkout is emptied as a new
/// Netlify build starts, the plugin restores it, and the next build with nothing changed takes
/// the build cache and writes nothing; after an edit, the output equals a build without the cache.
/// </summary>
public sealed class NetlifyBuildCacheTests
{
    private static BuildResult Build(TempDirectory site, string output, bool cache = true) =>
        new SiteBuilder(new PhysicalFileSystem(), new FixedClock(TestBuild.Now)).Build(new BuildOptions
        {
            InputDirectory = site.Combine("input"),
            ThemeDirectory = site.Combine("theme"),
            OutputDirectory = site.Combine(output),
            DisplayRoot = site.Path,
            CacheDirectory = cache ? null : string.Empty,
        });

    [Fact]
    public void The_plugin_keeps_the_cache_and_the_output_between_builds()
    {
        using var site = TempDirectory.CopyOfFixture("multilingual");
        using var netlify = new TempDirectory();

        Assert.False(Build(site, "public").Statistics.FromCache);
        Assert.True(Directory.Exists(site.Combine(".cache", "build")));
        var saved = NodeTool.Run("netlify-build-cache.mjs", site.Path, netlify.Path, "onPostBuild");
        Assert.Equal([".cache", "public"], saved.GetProperty("kept").EnumerateArray().Select(k => k.GetString()));

        // A new build starts from a fresh checkout: no output, no cache, until the plugin restores them.
        Directory.Delete(site.Combine("public"), recursive: true);
        Directory.Delete(site.Combine(".cache"), recursive: true);
        var restored = NodeTool.Run("netlify-build-cache.mjs", site.Path, netlify.Path, "onPreBuild");
        Assert.Equal(["Restored .cache from the build cache", "Restored public from the build cache"], restored.GetProperty("log").EnumerateArray().Select(l => l.GetString()));

        var again = Build(site, "public");
        Assert.True(again.Statistics.FromCache, TestBuild.Describe(again));
        Assert.Equal((0, 0), (again.Statistics.FilesChanged, again.Statistics.FilesDeleted));

        File.AppendAllText(site.Combine("input", "content", "guidelines", "housing.en.md"), "\nAnother paragraph.\n");
        var edited = Build(site, "public");
        Assert.False(edited.Statistics.FromCache);
        Assert.True(Build(site, "full", cache: false).Succeeded);
        GoldenDirectory.AssertSame(site.Combine("full"), site.Combine("public"));
    }
}
