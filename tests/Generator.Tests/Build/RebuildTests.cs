using Generator.Build;
using Generator.IO;
using Generator.Tests.Support;

namespace Generator.Tests.Build;

/// <summary>
/// Rebuilds with a <see cref="BuildCache"/> (as <c>serve</c> does) render again only the pages a
/// change affects, and their output is byte for byte what a full build gives.
/// </summary>
public sealed class RebuildTests
{
    private static BuildResult Build(TempDirectory site, string output, BuildCache? cache) =>
        new SiteBuilder(new PhysicalFileSystem(), new FixedClock(TestBuild.Now)).Build(new BuildOptions
        {
            InputDirectory = site.Combine("input"),
            ThemeDirectory = site.Combine("theme"),
            OutputDirectory = site.Combine(output),
            DisplayRoot = site.Path,
        }, cache);

    /// <summary>Edits, rebuilds with the cache, and checks the count and the bytes against a build from nothing.</summary>
    private static int RenderedAfter(TempDirectory site, BuildCache cache, Action edit)
    {
        edit();
        var incremental = Build(site, "public", cache);
        var full = Build(site, "full", null);
        Assert.True(incremental.Succeeded && full.Succeeded, TestBuild.Describe(incremental));
        GoldenDirectory.AssertSame(site.Combine("full"), site.Combine("public"));
        return incremental.Statistics.PagesRendered;
    }

    [Fact]
    public void A_rebuild_renders_only_what_an_edit_affects()
    {
        using var site = TempDirectory.CopyOfFixture("multilingual");
        var cache = new BuildCache();
        var first = Build(site, "public", cache);
        var total = first.Statistics.PagesPerLanguage.Values.Sum();
        Assert.Equal(total, first.Statistics.PagesRendered);

        Assert.Equal(0, RenderedAfter(site, cache, () => { }));

        // The body of an English-only guideline: its page and its French fallback page (Dutch does not fall back).
        Assert.Equal(2, RenderedAfter(site, cache, () =>
            File.AppendAllText(site.Combine("input", "content", "guidelines", "housing.en.md"), "\nAnother paragraph.\n")));

        // A French UI string: every French page, nothing else.
        var frenchPages = first.Statistics.PagesPerLanguage["fr"];
        Assert.Equal(frenchPages, RenderedAfter(site, cache, () =>
            File.WriteAllText(site.Combine("theme", "i18n", "fr.yml"), File.ReadAllText(site.Combine("theme", "i18n", "fr.yml")).Replace("Pas encore traduit.", "Traduction à venir."))));

        // The list layout: exactly the pages made with it (home, sections and their pager pages, tags), no document.
        var lists = RenderedAfter(site, cache, () =>
            File.AppendAllText(site.Combine("theme", "layouts", "list.html"), "<!-- list -->\n"));
        Assert.Equal(PagesContaining(site, "<!-- list -->"), lists);
        Assert.InRange(lists, 1, total - 10);
    }

    private static int PagesContaining(TempDirectory site, string marker) =>
        GoldenDirectory.Files(site.Combine("public")).Where(f => f.EndsWith(".html", StringComparison.Ordinal) && f != "404.html")
            .Count(f => File.ReadAllText(site.Combine("public", f)).Contains(marker));
}
