using System.Text;
using Generator.Build;
using Generator.Diagnostics;
using Generator.IO;
using Generator.Tests.Support;

namespace Generator.Tests.Build;

/// <summary>
/// The persisted build cache, as a new process meets it: every build here is a new builder with
/// no session cache. After each kind of change the output with the cache is byte for byte that
/// of a build without it; a build with nothing changed takes the cache and writes nothing; a
/// record cut short, changed by hand or written by another generator is ignored with one warning.
/// </summary>
public sealed class PersistedCacheTests
{
    private static BuildResult Build(TempDirectory site, string output, DateTimeOffset? now = null, bool cache = true, bool drafts = false) =>
        new SiteBuilder(new PhysicalFileSystem(), new FixedClock(now ?? TestBuild.Now)).Build(new BuildOptions
        {
            InputDirectory = site.Combine("input"),
            ThemeDirectory = site.Combine("theme"),
            OutputDirectory = site.Combine(output),
            DisplayRoot = site.Path,
            CacheDirectory = cache ? site.Combine(".cache") : string.Empty,
            IncludeDrafts = drafts,
        });

    /// <summary>Builds with the cache into public/ and without it into a new folder; both must be the same, byte for byte.</summary>
    private static BuildResult AssertSameAsWithout(TempDirectory site, DateTimeOffset? now = null)
    {
        var cached = Build(site, "public", now);
        var fresh = "full-" + Guid.NewGuid().ToString("N")[..8];
        var full = Build(site, fresh, now, cache: false);
        Assert.True(cached.Succeeded && full.Succeeded, TestBuild.Describe(cached) + TestBuild.Describe(full));
        GoldenDirectory.AssertSame(site.Combine(fresh), site.Combine("public"));
        Assert.Equal(Describe(full.Diagnostics), Describe(cached.Diagnostics));
        Directory.Delete(site.Combine(fresh), recursive: true);
        return cached;
    }

    private static string Describe(IEnumerable<Diagnostic> diagnostics) => string.Join("\n", diagnostics);

    private static string Sha256(string text) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static string Record(TempDirectory site) => Directory.GetFiles(site.Combine(".cache", "build"), "*.record").Single();

    [Fact]
    public void Every_kind_of_change_gives_the_output_of_a_build_without_the_cache()
    {
        using var site = TempDirectory.CopyOfFixture("multilingual");
        var first = AssertSameAsWithout(site);
        Assert.False(first.Statistics.FromCache);

        var again = AssertSameAsWithout(site);
        Assert.True(again.Statistics.FromCache);
        Assert.Equal((0, 0), (again.Statistics.FilesChanged, again.Statistics.FilesDeleted));
        Assert.Equal(first.Statistics.PagesPerLanguage, again.Statistics.PagesPerLanguage);
        Assert.Equal(first.Statistics.FilesWritten, again.Statistics.FilesWritten);
        Assert.NotEmpty(again.Diagnostics);

        var guideline = site.Combine("input", "content", "guidelines", "housing.en.md");
        var edits = new (string Kind, Action Edit)[]
        {
            ("a paragraph", () => File.AppendAllText(guideline, "\nAnother paragraph.\n")),
            ("a heading", () => File.AppendAllText(guideline, "\n## A new section\n\nText.\n")),
            ("a link", () => File.AppendAllText(guideline, "\nSee [[youth]].\n")),
            ("front matter", () => File.WriteAllText(guideline, File.ReadAllText(guideline).Replace("title: ", "title: Renamed "))),
            ("a new file", () => File.WriteAllText(site.Combine("input", "content", "news", "new.en.md"), "---\ntitle: New\ndate: 2025-05-01\n---\nNew.\n")),
            ("a deleted file", () => File.Delete(site.Combine("input", "content", "news", "new.en.md"))),
            ("a renamed file", () => File.Move(site.Combine("input", "content", "about.nl.md"), site.Combine("input", "content", "over.nl.md"))),
            ("a UI string", () => File.WriteAllText(site.Combine("theme", "i18n", "fr.yml"), File.ReadAllText(site.Combine("theme", "i18n", "fr.yml")).Replace("Pas encore traduit.", "Traduction à venir."))),
            ("a layout", () => File.AppendAllText(site.Combine("theme", "layouts", "list.html"), "<!-- list -->\n")),
            ("a stylesheet", () => File.AppendAllText(site.Combine("theme", "static", "style.css"), "\nbody { margin: 0 }\n")),
            ("a static file", () => File.WriteAllText(site.Combine("input", "static", "files", "report.txt"), "Revised.\n")),
            ("site.yml", () => File.AppendAllText(site.Combine("input", "site.yml"), "\n# a comment\n")),
        };
        foreach (var (kind, edit) in edits)
        {
            edit();
            var result = AssertSameAsWithout(site);
            Assert.False(result.Statistics.FromCache, kind);
            Assert.True(AssertSameAsWithout(site).Statistics.FromCache, kind + ", then nothing");
        }
    }

    [Fact]
    public void An_output_file_changed_by_hand_is_written_again()
    {
        using var site = TempDirectory.CopyOfFixture("multilingual");
        AssertSameAsWithout(site);
        File.AppendAllText(site.Combine("public", "index.html"), "<!-- edited -->");
        var result = AssertSameAsWithout(site);
        Assert.False(result.Statistics.FromCache);
        Assert.Equal(1, result.Statistics.FilesChanged);

        File.Delete(site.Combine("public", "index.html"));
        Assert.False(AssertSameAsWithout(site).Statistics.FromCache);
        // A file the build did not write is left, with a warning each build gives again.
        File.WriteAllText(site.Combine("public", "extra.txt"), "not the build's");
        var other = Build(site, "public");
        Assert.False(other.Statistics.FromCache);
        Assert.Contains(other.Diagnostics, d => d.Code == DiagnosticCodes.OutputHasOtherFiles);
        var again = Build(site, "public");
        Assert.True(again.Statistics.FromCache);
        Assert.Equal(Describe(other.Diagnostics), Describe(again.Diagnostics));

        // A file added deep in the folder changes its folder's time: no listing is needed to see it.
        File.WriteAllText(site.Combine("public", "en", "news", "extra.txt"), "not the build's either");
        var deeper = Build(site, "public");
        Assert.False(deeper.Statistics.FromCache);
        Assert.Contains(deeper.Diagnostics, d => d.Code == DiagnosticCodes.OutputHasOtherFiles && d.Message.Contains("en/news/extra.txt", StringComparison.Ordinal));
    }

    [Fact]
    public void An_output_folder_restored_from_a_copy_is_known_by_its_content()
    {
        using var site = TempDirectory.CopyOfFixture("multilingual");
        AssertSameAsWithout(site);
        var times = 0;
        foreach (var file in Directory.GetFiles(site.Combine("public"), "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, File.GetLastWriteTimeUtc(file).AddMinutes(5));
            times++;
        }

        Assert.True(times > 10);
        Assert.True(AssertSameAsWithout(site).Statistics.FromCache);
        Assert.True(AssertSameAsWithout(site).Statistics.FromCache);

        // The same size and other bytes, at another time: written again.
        var home = site.Combine("public", "index.html");
        var text = File.ReadAllText(home);
        var at = text.IndexOf("<title>", StringComparison.Ordinal) + "<title>".Length;
        File.WriteAllText(home, text[..at] + (text[at] == 'X' ? 'Y' : 'X') + text[(at + 1)..], new UTF8Encoding(false));
        var result = AssertSameAsWithout(site);
        Assert.False(result.Statistics.FromCache);
        Assert.Equal(1, result.Statistics.FilesChanged);
    }

    [Fact]
    public void Other_settings_the_next_day_or_a_publication_time_reached_run_the_stages()
    {
        using var site = TempDirectory.CopyOfFixture("multilingual");
        var upcoming = site.Combine("input", "content", "news", "upcoming.en.md");
        File.WriteAllText(upcoming, File.ReadAllText(upcoming).Replace("publishDate: 2030-01-01", "publishDate: 2026-01-01T12:00:00Z"));
        AssertSameAsWithout(site);
        Assert.True(AssertSameAsWithout(site, TestBuild.Now.AddHours(11)).Statistics.FromCache);

        var published = AssertSameAsWithout(site, TestBuild.Now.AddHours(13));
        Assert.False(published.Statistics.FromCache);
        Assert.True(File.Exists(site.Combine("public", "en", "news", "upcoming", "index.html")));
        Assert.True(AssertSameAsWithout(site, TestBuild.Now.AddHours(14)).Statistics.FromCache);
        Assert.False(AssertSameAsWithout(site, TestBuild.Now.AddDays(1)).Statistics.FromCache);

        Assert.False(Build(site, "public", TestBuild.Now.AddDays(1), drafts: true).Statistics.FromCache);
    }

    [Fact]
    public void An_update_of_a_tool_the_build_runs_runs_the_stages()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var site = TempDirectory.CopyOfFixture("multilingual");
        File.AppendAllText(site.Combine("input", "site.yml"), "\nsearch: true\n");
        // A stand-in for Pagefind where the build looks for it, which indexes nothing.
        var arch = System.Runtime.InteropServices.RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant();
        var platform = OperatingSystem.IsMacOS() ? "darwin" : "linux";
        var pagefind = site.Write($"node_modules/@pagefind/{platform}-{arch}/bin/pagefind", "#!/bin/sh\nexit 0\n");
        File.SetUnixFileMode(pagefind, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var first = AssertSameAsWithout(site);
        Assert.DoesNotContain(first.Diagnostics, d => d.Code == DiagnosticCodes.SearchUnavailable);
        Assert.True(AssertSameAsWithout(site).Statistics.FromCache);

        File.AppendAllText(pagefind, "# a newer version\n");
        Assert.False(AssertSameAsWithout(site).Statistics.FromCache);
        Assert.True(AssertSameAsWithout(site).Statistics.FromCache);
    }

    public static TheoryData<string, string> Damages() => new()
    {
        { "cut short", "is damaged" },
        { "cut to its first line", "is not a build record, or is cut short" },
        { "one byte changed", "is damaged" },
        { "another format", "is in another format" },
        { "another generator", "was written by another version of the generator" },
        { "not a record", "is not a build record" },
        { "a line no record has, with its checksum", "cannot be read" },
    };

    [Theory]
    [MemberData(nameof(Damages))]
    public void A_record_that_cannot_be_trusted_is_ignored_with_one_warning(string damage, string message)
    {
        using var site = TempDirectory.CopyOfFixture("multilingual");
        AssertSameAsWithout(site);
        var path = Record(site);
        var text = File.ReadAllText(path);
        var lines = text.Split('\n', 4);
        File.WriteAllText(path, damage switch
        {
            "cut short" => text[..(text.Length * 2 / 3)],
            "cut to its first line" => lines[0],
            "one byte changed" => text.Replace("\nfiles-written ", "\nfiles-written 1"),
            "another format" => text.Replace("generator-build-record 1", "generator-build-record 2"),
            "another generator" => string.Join('\n', lines[0], "0.0.1 00000000000000000000000000000000", lines[2], lines[3]),
            "a line no record has, with its checksum" => string.Join('\n', lines[0], lines[1], Sha256(lines[3] + "surprise here\n"), lines[3] + "surprise here\n"),
            _ => "{\"Key\": \"forged\"}",
        }, new UTF8Encoding(false));

        var result = Build(site, "public");
        Assert.False(result.Statistics.FromCache);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.BuildCacheIgnored);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains(message, warning.Message, StringComparison.Ordinal);
        Assert.Equal(Path.GetRelativePath(site.Path, path).Replace('\\', '/'), warning.File);

        // The build wrote a new record, which the next build trusts (and it does not repeat the warning).
        var next = AssertSameAsWithout(site);
        Assert.True(next.Statistics.FromCache);
        Assert.DoesNotContain(next.Diagnostics, d => d.Code == DiagnosticCodes.BuildCacheIgnored);
    }

    [Fact]
    public void A_cache_folder_that_cannot_be_written_is_a_warning_not_a_failed_build()
    {
        using var site = TempDirectory.CopyOfFixture("multilingual");
        File.WriteAllText(site.Combine(".cache"), "a file where the folder should be");
        var result = Build(site, "public");
        Assert.True(result.Succeeded, TestBuild.Describe(result));
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.BuildCacheIgnored && d.Message.StartsWith("the build cache cannot be written", StringComparison.Ordinal));
    }
}
