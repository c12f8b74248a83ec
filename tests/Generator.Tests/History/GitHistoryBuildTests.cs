using System.Diagnostics;
using Generator.Build;
using Generator.IO;
using Generator.Tests.Support;
using LibGit2Sharp;

namespace Generator.Tests.History;

/// <summary>
/// <c>history: git</c> in a site's build: a policy document without versions lists the changes to
/// its file, a version without a date takes the day its file was first committed, and a shallow
/// clone gives no dates but one warning (GEN086).
/// </summary>
public sealed class GitHistoryBuildTests
{
    private const string SiteYml = """
        baseUrl: https://example.org/
        defaultLanguage: en
        languages:
          en: { name: English, culture: en-GB, title: Dated }
        map: false
        history: git
        lifecycles:
          policy: { statuses: [draft, { name: adopted, date: adopted }] }
        types:
          guideline: { kind: document, lifecycle: policy }
        sections:
          guidelines: { type: guideline }
        """;

    private static TempDirectory Repository()
    {
        var folder = new TempDirectory();
        LibGit2Sharp.Repository.Init(folder.Path);
        using var repository = new LibGit2Sharp.Repository(folder.Path);
        Commit(repository, folder, new DateTimeOffset(2024, 1, 15, 10, 0, 0, TimeSpan.Zero), "Add the first guideline",
            ("input/site.yml", SiteYml), ("input/content/guidelines/plain.md", "---\ntitle: Plain\ndate: 2024-01-15\nstatus: draft\n---\nFirst text.\n"));
        Commit(repository, folder, new DateTimeOffset(2024, 2, 20, 9, 0, 0, TimeSpan.Zero), "Keep the first version of the second guideline",
            ("input/content/guidelines/versioned.v1.md", "---\ntitle: Versioned\nstatus: draft\n---\nEarlier text.\n"),
            ("input/content/guidelines/versioned.md", "---\ntitle: Versioned\ndate: 2024-02-20\nstatus: draft\n---\nEarlier text.\n"));
        Commit(repository, folder, new DateTimeOffset(2024, 3, 5, 16, 0, 0, TimeSpan.Zero), "Reword the plain guideline",
            ("input/content/guidelines/plain.md", "---\ntitle: Plain\ndate: 2024-01-15\nstatus: adopted\nadopted: 2024-03-05\n---\nSecond text.\n"),
            ("input/content/guidelines/versioned.md", "---\ntitle: Versioned\ndate: 2024-02-20\nstatus: draft\n---\nLater text.\n"));
        return folder;
    }

    private static void Commit(LibGit2Sharp.Repository repository, TempDirectory folder, DateTimeOffset when, string message, params (string Path, string Text)[] files)
    {
        foreach (var (path, text) in files)
        {
            folder.Write(path, text);
            Commands.Stage(repository, path);
        }

        var signature = new Signature("Ada", "ada@example.org", when);
        repository.Commit(message, signature, signature);
    }

    private static BuildResult Build(string site, string output) =>
        new SiteBuilder(new PhysicalFileSystem(), new FixedClock(TestBuild.Now)).Build(new BuildOptions
        {
            InputDirectory = Path.Combine(site, "input"),
            ThemeDirectory = Path.Combine(Repo.Root, "theme"),
            OutputDirectory = output,
            DisplayRoot = site,
        });

    [Fact]
    public void A_document_lists_the_changes_to_its_file_and_a_version_takes_the_day_it_was_first_committed()
    {
        using var site = Repository();
        using var output = new TempDirectory();

        var result = Build(site.Path, output.Combine("public"));

        Assert.True(result.Succeeded, TestBuild.Describe(result));
        Assert.Empty(result.Diagnostics);
        var plain = File.ReadAllText(output.Combine("public", "en", "guidelines", "plain", "index.html"));
        Assert.Contains("<tr><td><time datetime=\"2024-03-05\">5 March 2024</time></td><td>Reword the plain guideline</td></tr>", plain);
        Assert.Contains("<tr><td><time datetime=\"2024-01-15\">15 January 2024</time></td><td>Add the first guideline</td></tr>", plain);
        var versioned = File.ReadAllText(output.Combine("public", "en", "guidelines", "versioned", "index.html"));
        Assert.Contains("<td><time datetime=\"2024-02-20\">20 February 2024</time></td>", versioned);
        // The current version without 'updated' is dated by its file's last commit.
        Assert.Contains("<td><time datetime=\"2024-03-05\">5 March 2024</time></td>", versioned);
    }

    [Fact]
    public void A_shallow_clone_gives_no_dates_and_one_warning()
    {
        using var origin = Repository();
        using var clone = new TempDirectory();
        using var output = new TempDirectory();
        using (var git = Process.Start(new ProcessStartInfo("git", ["clone", "--quiet", "--depth", "1", "file://" + origin.Path, clone.Combine("site")]))!)
        {
            git.WaitForExit();
            Assert.Equal(0, git.ExitCode);
        }

        var result = Build(clone.Combine("site"), output.Combine("public"));

        var printed = TestBuild.Describe(result);
        Assert.Contains("input/site.yml(1,1): warning GEN086: 'history: git' gives no dates: the clone is shallow", printed);
        Assert.Contains("input/content/guidelines/versioned.v1.md(2,8): error GEN082: version 1 of 'guidelines/versioned' has no date", printed);
        Assert.Equal(2, result.Diagnostics.Length);
    }
}
