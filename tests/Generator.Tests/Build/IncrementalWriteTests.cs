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
        Assert.False(File.Exists(_site.Combine("public", "stray.html")));
        Assert.True(File.Exists(_site.Combine("public", "pagefind", "pagefind.js")));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(about));

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
