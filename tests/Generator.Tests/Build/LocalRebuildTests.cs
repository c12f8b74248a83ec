using Generator.Build;
using Generator.IO;
using Generator.Tests.Support;

namespace Generator.Tests.Build;

/// <summary>
/// Rebuilds told by a watcher what changed (as in <c>serve</c>): an edit to a body that keeps its
/// headings and link targets takes the short way (no model or link stage, only the document's
/// translation group rendered); every other edit takes the full sequence. Either way the output
/// is byte for byte a build from nothing, and the diagnostics are the same.
/// </summary>
public sealed class LocalRebuildTests : IDisposable
{
    private const string Guideline = "input/content/guidelines/young-migrants.en.md";
    private readonly TempDirectory _site = new();
    private readonly BuildCache _cache = new();

    public LocalRebuildTests()
    {
        var from = Repo.Fixture("knowledge");
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories).Where(f => !f.Contains("expected")))
        {
            var target = _site.Combine(Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        _cache.Changes.Track();
        Assert.True(Build("public", _cache).Succeeded);
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_paragraph_edit_renders_only_the_documents_translation_group()
    {
        var result = Edit(Guideline, text => text.Replace("Not links:", "None of these are links:"));

        Assert.DoesNotContain(result.Statistics.Stages, s => s.Stage == "model");
        // The English page and the Dutch fallback page that shows it; the French translation's view did not change.
        Assert.Equal(2, result.Statistics.PagesRendered);
        AssertSameAsFullBuild(result);
        Assert.Contains("None of these are links:", File.ReadAllText(_site.Combine("public", "en", "guidelines", "young-migrants", "index.html")));
    }

    [Theory]
    [InlineData("a new link target", "Not links:", "See also [[eurocities]]. Not links:")]
    [InlineData("a link removed", "and [[toulouse]]", "and Toulouse")]
    [InlineData("a heading renamed", "## Background", "## Context")]
    [InlineData("the front matter", "date: 2019-09-01", "date: 2019-09-02")]
    public void Any_other_edit_takes_the_full_sequence(string what, string from, string to)
    {
        var result = Edit(Guideline, text => text.Replace(from, to));

        Assert.True(result.Statistics.Stages.Any(s => s.Stage == "model"), what);
        AssertSameAsFullBuild(result);
    }

    [Fact]
    public void A_paragraph_edit_to_a_source_marks_its_reviewed_translation_stale()
    {
        var source = File.ReadAllText(_site.Combine(Guideline));
        var body = Generator.Content.FrontMatterBlock.Split(source).Body;
        var hash = Generator.Content.ContentHasher.Hash("Young migrants", null, body);
        var reviewed = Edit("input/content/guidelines/young-migrants.fr.md", text => text.Replace("topics: [youth]", $"topics: [youth]\nsourceHash: {hash}"));
        Assert.Contains(reviewed.Statistics.Stages, s => s.Stage == "model");

        var result = Edit(Guideline, text => text.Replace("Not links:", "None of these are links:"));

        Assert.DoesNotContain(result.Statistics.Stages, s => s.Stage == "model");
        // The French page's view now says it is stale, so it is rendered again beside the English page and the Dutch fallback.
        Assert.Equal(3, result.Statistics.PagesRendered);
        AssertSameAsFullBuild(result);
    }

    [Fact]
    public void A_blank_line_before_the_first_heading_is_a_local_edit_too()
    {
        var result = Edit(Guideline, text => text.Replace("---\n## Background", "---\n\n## Background"));
        Assert.DoesNotContain(result.Statistics.Stages, s => s.Stage == "model");
        AssertSameAsFullBuild(result);
    }

    [Fact]
    public void A_broken_link_in_a_body_is_reported_and_fixing_it_recovers()
    {
        var broken = Edit(Guideline, text => text.Replace("and [[toulouse]]", "and [[toulouze]]"));
        Assert.False(broken.Succeeded);
        Assert.Contains(broken.Diagnostics, d => d.IsError && d.Line == 14 && d.File.EndsWith("young-migrants.en.md", StringComparison.Ordinal));

        var paragraph = Edit(Guideline, text => text.Replace("and [[toulouze]]", "and [[toulouse]]").Replace("Not links:", "Still not links:"));
        Assert.True(paragraph.Succeeded, TestBuild.Describe(paragraph));
        AssertSameAsFullBuild(paragraph);
    }

    [Fact]
    public void A_translation_moved_into_its_language_folder_keeps_its_links_and_a_paragraph_edit_there_takes_the_short_way()
    {
        var from = _site.Combine("input/content/guidelines/young-migrants.fr.md");
        var to = _site.Combine("input/content/fr/guidelines/young-migrants.md");
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Move(from, to);
        _cache.Changes.Add(from);
        _cache.Changes.Add(to);
        var moved = Build("public", _cache);
        Assert.True(moved.Succeeded, TestBuild.Describe(moved));
        AssertSameAsFullBuild(moved);

        var result = Edit("input/content/fr/guidelines/young-migrants.md", text => text.Replace("travaillent avec", "coopèrent avec"));

        Assert.DoesNotContain(result.Statistics.Stages, s => s.Stage == "model");
        AssertSameAsFullBuild(result);
        Assert.Contains("coopèrent avec", File.ReadAllText(_site.Combine("public", "fr", "lignes-directrices", "jeunes-migrants", "index.html")));
    }

    [Fact]
    public void A_body_edit_in_an_HTML_page_takes_the_short_way_and_one_that_drops_its_front_matter_the_full_sequence()
    {
        var added = Edit("input/content/news/plain.en.html", _ => "---\ntitle: Plain\ndate: 2020-01-01\n---\n<p>First.</p>\n");
        Assert.True(added.Succeeded, TestBuild.Describe(added));

        var edited = Edit("input/content/news/plain.en.html", text => text.Replace("First.", "Second."));
        Assert.DoesNotContain(edited.Statistics.Stages, s => s.Stage == "model");
        AssertSameAsFullBuild(edited);
        Assert.Contains("<p>Second.</p>", File.ReadAllText(_site.Combine("public", "en", "news", "plain", "index.html")));

        var bare = Edit("input/content/news/plain.en.html", _ => "<p>Second.</p>\n");
        Assert.Contains(bare.Statistics.Stages, s => s.Stage == "model");
        AssertSameAsFullBuild(bare);
    }

    [Fact]
    public void A_body_edit_that_embeds_the_first_video_takes_the_full_sequence_which_lets_pages_frame_it()
    {
        Assert.True(Edit("input/content/news/plain.en.html", _ => "---\ntitle: Plain\ndate: 2020-01-01\n---\n<p>First.</p>\n").Succeeded);

        var embedded = Edit("input/content/news/plain.en.html", text => text.Replace("<p>First.</p>", "<iframe src=\"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ\" title=\"A film\"></iframe>"));

        Assert.Contains(embedded.Statistics.Stages, s => s.Stage == "model");
        AssertSameAsFullBuild(embedded);
        Assert.Contains("frame-src https://www.youtube-nocookie.com", File.ReadAllText(_site.Combine("public", "_headers")));
    }

    [Fact]
    public void Added_and_deleted_files_take_the_full_sequence()
    {
        var added = Edit("input/content/news/added.en.md", _ => "---\ntitle: Added\ndate: 2020-01-01\n---\nNew.\n");
        Assert.Contains(added.Statistics.Stages, s => s.Stage == "model");
        AssertSameAsFullBuild(added);

        File.Delete(_site.Combine("input/content/news/added.en.md"));
        _cache.Changes.Add(_site.Combine("input/content/news/added.en.md"));
        var deleted = Build("public", _cache);
        AssertSameAsFullBuild(deleted);
    }

    [Fact]
    public void A_save_without_a_change_renders_nothing()
    {
        var result = Edit(Guideline, text => text);
        Assert.Equal(0, result.Statistics.PagesRendered);
        AssertSameAsFullBuild(result);
    }

    private BuildResult Edit(string relativePath, Func<string, string> change)
    {
        var path = _site.Combine(relativePath);
        File.WriteAllText(path, change(File.Exists(path) ? File.ReadAllText(path) : string.Empty));
        _cache.Changes.Add(path);
        return Build("public", _cache);
    }

    private void AssertSameAsFullBuild(BuildResult incremental)
    {
        var full = Build("full", null);
        Assert.Equal(full.Diagnostics.Select(d => $"{d} ({d.Hint})"), incremental.Diagnostics.Select(d => $"{d} ({d.Hint})"));
        if (full.Succeeded)
        {
            GoldenDirectory.AssertSame(_site.Combine("full"), _site.Combine("public"));
        }
    }

    private BuildResult Build(string output, BuildCache? cache) =>
        new SiteBuilder(new PhysicalFileSystem(), new FixedClock(TestBuild.Now)).Build(new BuildOptions
        {
            InputDirectory = _site.Combine("input"),
            ThemeDirectory = _site.Combine("theme"),
            OutputDirectory = _site.Combine(output),
            DisplayRoot = _site.Path,
        }, cache);
}
