using Generator.Build;
using Generator.IO;
using Generator.Tests.Support;

namespace Generator.Tests.Build;

/// <summary>
/// A build into an existing output folder writes only the files whose bytes changed and deletes
/// only the files that disappeared (leaving the search index to its own step); the folder then
/// equals a build into an empty folder, byte for byte. A failed build leaves it untouched.
/// </summary>
public sealed class IncrementalWriteTests : IDisposable
{
    private readonly TempDirectory _site = new();

    public IncrementalWriteTests()
    {
        var from = Repo.Fixture("multilingual");
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories).Where(f => !f.Contains("expected")))
        {
            var target = _site.Combine(Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_rebuild_writes_only_changed_files_and_deletes_only_vanished_ones()
    {
        var first = Build("public");
        Assert.Equal(first.Statistics.FilesWritten, first.Statistics.FilesChanged);
        var about = _site.Combine("public", "en", "about", "index.html");
        var stamp = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(about, stamp);

        var unchanged = Build("public");
        Assert.Equal((0, 0), (unchanged.Statistics.FilesChanged, unchanged.Statistics.FilesDeleted));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(about));

        File.WriteAllText(_site.Combine("public", "stray.html"), "left over");
        Directory.CreateDirectory(_site.Combine("public", "pagefind"));
        File.WriteAllText(_site.Combine("public", "pagefind", "pagefind.js"), "made by the search step");
        File.AppendAllText(_site.Combine("input", "content", "guidelines", "housing.en.md"), "\nAnother paragraph.\n");
        File.Delete(_site.Combine("input", "content", "news", "crlf.en.md"));

        var edited = Build("public");
        Assert.True(edited.Succeeded, TestBuild.Describe(edited));
        Assert.InRange(edited.Statistics.FilesChanged, 1, edited.Statistics.FilesWritten / 2);
        Assert.True(edited.Statistics.FilesDeleted >= 2, $"{edited.Statistics.FilesDeleted} deleted");
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(about));

        // Files no build wrote are never deleted: they are named, and left as they are.
        Assert.True(File.Exists(_site.Combine("public", "stray.html")));
        Assert.True(File.Exists(_site.Combine("public", "pagefind", "pagefind.js")));
        var others = Assert.Single(edited.Diagnostics, d => d.Code == "GEN007");
        Assert.Equal("2 files in the output folder were not written by a build and are left as they are: pagefind/pagefind.js, stray.html", others.Message);

        File.Delete(_site.Combine("public", "stray.html"));
        File.Delete(_site.Combine("public", "pagefind", "pagefind.js"));
        Directory.Delete(_site.Combine("public", "pagefind"));
        Build("fresh");
        GoldenDirectory.AssertSame(_site.Combine("fresh"), _site.Combine("public"));
    }

    [Fact]
    public void A_failed_rebuild_leaves_the_folder_untouched()
    {
        Build("public");
        var before = Snapshot();
        File.WriteAllText(_site.Combine("input", "content", "about.en.md"), "---\ntitle: About\ndate: someday\n---\nBroken.\n");

        var failed = Build("public");

        Assert.False(failed.Succeeded);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void A_folder_of_other_files_is_refused_before_any_work_and_left_untouched()
    {
        File.WriteAllText(_site.Combine("thesis.txt"), "years of work");
        Directory.CreateDirectory(_site.Combine("documents"));
        File.WriteAllText(_site.Combine("documents", "notes.md"), "notes");

        var refused = new SiteBuilder(new PhysicalFileSystem(), new FixedClock(TestBuild.Now)).Build(new BuildOptions
        {
            InputDirectory = _site.Combine("input"),
            ThemeDirectory = _site.Combine("theme"),
            OutputDirectory = _site.Combine("documents"),
            DisplayRoot = _site.Path,
        });

        var error = Assert.Single(refused.Diagnostics);
        Assert.Equal(("GEN006", "documents", "the output folder holds 1 file the generator did not write, such as notes.md"), (error.Code, error.File, error.Message));
        Assert.Equal(["notes.md"], GoldenDirectory.Files(_site.Combine("documents")));
        Assert.Equal("years of work", File.ReadAllText(_site.Combine("thesis.txt")));
    }

    [Fact]
    public void An_empty_folder_and_a_build_from_before_the_manifest_are_written_into()
    {
        Directory.CreateDirectory(_site.Combine("empty"));
        Assert.True(Build("empty").Succeeded);

        Build("legacy");
        File.Delete(_site.Combine("legacy", Generator.Publishing.OutputManifest.FileName));
        File.WriteAllText(_site.Combine("legacy", "en", "gone.html"), "a page an older build made");
        var again = Build("legacy");

        Assert.True(again.Succeeded, TestBuild.Describe(again));
        Assert.False(File.Exists(_site.Combine("legacy", "en", "gone.html")));
        GoldenDirectory.AssertSame(_site.Combine("empty"), _site.Combine("legacy"));
    }

    [Fact]
    public void A_folder_with_a_symbolic_link_is_refused()
    {
        using var elsewhere = new TempDirectory();
        Build("public");
        Directory.CreateSymbolicLink(_site.Combine("public", "en", "news", "elsewhere"), elsewhere.Path);

        var refused = Build("public");

        Assert.Equal("the output folder holds a symbolic link (en/news/elsewhere), and the build does not write through links", Assert.Single(refused.Diagnostics, d => d.IsError).Message);
        Assert.Empty(Directory.GetFileSystemEntries(elsewhere.Path));
    }

    [Fact]
    public void A_static_file_may_take_the_place_of_a_page_that_vanished()
    {
        Build("public");
        Assert.True(File.Exists(_site.Combine("public", "en", "news", "crlf", "index.html")));
        File.Delete(_site.Combine("input", "content", "news", "crlf.en.md"));
        _site.Write("input/static/en/news/crlf", "a file where the page's folder was");

        var rebuilt = Build("public");

        Assert.True(rebuilt.Succeeded, TestBuild.Describe(rebuilt));
        Assert.Equal("a file where the page's folder was", File.ReadAllText(_site.Combine("public", "en", "news", "crlf")));
    }

    [Fact]
    public async Task A_rebuild_that_fails_part_way_says_so_instead_of_claiming_the_folder_unchanged()
    {
        Build("public");
        File.AppendAllText(_site.Combine("input", "content", "about.en.md"), "\nA change.\n");
        var stdout = new StringWriter();
        var disk = new FaultyFileSystem(_ => null, path => path.EndsWith("index.html", StringComparison.Ordinal) ? new IOException("No space left on device") : null);

        var code = await Generator.Cli.CliApp.RunAsync(
            ["build", "--input", _site.Combine("input"), "--theme", _site.Combine("theme"), "--output", _site.Combine("public")],
            stdout, new StringWriter(), disk, new FixedClock(TestBuild.Now), CancellationToken.None);

        Assert.Equal(1, code);
        Assert.Contains("failed part-way: some of its files may be new; build again", stdout.ToString());
    }

    [Fact]
    public void A_full_disk_that_fails_several_writes_at_once_is_an_error_at_the_output_not_an_internal_error()
    {
        Build("public");
        File.AppendAllText(_site.Combine("input", "content", "about.en.md"), "\nA change.\n");

        // Two threads fail together, as every writer does when the disk is full.
        using var together = new Barrier(2);
        var disk = new FaultyFileSystem(_ => null, path =>
        {
            if (!path.EndsWith("index.html", StringComparison.Ordinal))
            {
                return null;
            }

            together.SignalAndWait(TimeSpan.FromSeconds(5));
            return new IOException("No space left on device");
        });
        var options = new Generator.Build.BuildOptions
        {
            InputDirectory = _site.Combine("input"),
            ThemeDirectory = _site.Combine("theme"),
            OutputDirectory = _site.Combine("public"),
            DisplayRoot = _site.Path,
            Parallelism = 4,
        };

        var result = new Generator.Build.SiteBuilder(disk, new FixedClock(TestBuild.Now)).Build(options);

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(("GEN006", "the output cannot be written: No space left on device"), (error.Code, error.Message));
    }

    private Dictionary<string, string> Snapshot() =>
        GoldenDirectory.Files(_site.Combine("public")).ToDictionary(f => f, f => File.ReadAllText(_site.Combine("public", f)) + File.GetLastWriteTimeUtc(_site.Combine("public", f)).Ticks);

    private BuildResult Build(string output) =>
        new SiteBuilder(new PhysicalFileSystem(), new FixedClock(TestBuild.Now)).Build(new BuildOptions
        {
            InputDirectory = _site.Combine("input"),
            ThemeDirectory = _site.Combine("theme"),
            OutputDirectory = _site.Combine(output),
            DisplayRoot = _site.Path,
        });
}
