using System.Diagnostics;
using Generator.Content.History;
using Generator.Tests.Support;
using LibGit2Sharp;

namespace Generator.Tests.History;

/// <summary>
/// Dates from the git history of a site's files: each file's commits, newest first, with their
/// short id, author date and subject, read in one walk; a merge does not count twice; no
/// repository is said, not thrown; a shallow clone is flagged.
/// </summary>
public sealed class GitFileHistoryTests
{
    private static readonly GitFileHistoryReader Reader = new();

    private static readonly DateTimeOffset January = new(2021, 1, 10, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset February = new(2021, 2, 20, 14, 30, 0, TimeSpan.FromHours(1));
    private static readonly DateTimeOffset March = new(2021, 3, 5, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset April = new(2021, 4, 1, 18, 45, 0, TimeSpan.FromHours(2));

    private const string Policy = "content/policies/reception.md";

    /// <summary>A repository where the policy is changed in three commits, the notice in one, and another file in one.</summary>
    private static (TempDirectory Folder, string[] Ids) Sample()
    {
        var folder = new TempDirectory();
        Repository.Init(folder.Path);
        using var repository = new Repository(folder.Path);
        var ids = new[]
        {
            Commit(repository, folder, January, "Add the first documents\n\nWith a longer body.", (Policy, "v1"), ("notice.md", "notice")),
            Commit(repository, folder, February, "Reword the scope", (Policy, "v2")),
            Commit(repository, folder, March, "Unrelated change", ("theme/site.css", "body {}")),
            Commit(repository, folder, April, "Update the funding\n", (Policy, "v3")),
        };
        return (folder, ids);
    }

    private static string Commit(Repository repository, TempDirectory folder, DateTimeOffset when, string message, params (string Path, string Text)[] files)
    {
        foreach (var (path, text) in files)
        {
            folder.Write(path, text);
            Commands.Stage(repository, path);
        }

        var signature = new Signature("Ada", "ada@example.org", when);
        return repository.Commit(message, signature, signature).Sha[..7];
    }

    [Fact]
    public void Each_file_has_the_commits_that_changed_it_newest_first()
    {
        var (folder, ids) = Sample();
        using var _ = folder;

        var history = Reader.Read(folder.Combine("content"), [Policy, folder.Combine("notice.md"), "missing.md"]);

        Assert.Equal((GitHistoryStatus.Read, null, false), (history.Status, history.Reason, history.IsShallow));
        Assert.Equal(
            new FileHistory(Policy, Policy,
            [
                new FileCommit(ids[3], April, "Update the funding"),
                new FileCommit(ids[1], February, "Reword the scope"),
                new FileCommit(ids[0], January, "Add the first documents"),
            ]),
            history.For(Policy));
        Assert.Equal(new FileHistory(folder.Combine("notice.md"), "notice.md", [new FileCommit(ids[0], January, "Add the first documents")]), history.Files[1]);
        Assert.Equal(new FileHistory("missing.md", "missing.md", []), history.Files[2]);
        Assert.Equal(TimeSpan.FromHours(2), history.For(Policy)!.Latest!.AuthorDate.Offset);
    }

    [Fact]
    public void A_merge_that_takes_one_side_is_not_a_change_of_the_file_the_side_changed()
    {
        var (folder, ids) = Sample();
        using var _ = folder;
        string side, main, merge;
        using (var repository = new Repository(folder.Path))
        {
            var trunk = repository.Head;
            Commands.Checkout(repository, repository.CreateBranch("side"));
            side = Commit(repository, folder, new DateTimeOffset(2021, 5, 1, 10, 0, 0, TimeSpan.Zero), "Clarify the notice", ("notice.md", "notice 2"));
            Commands.Checkout(repository, trunk);
            main = Commit(repository, folder, new DateTimeOffset(2021, 5, 2, 10, 0, 0, TimeSpan.Zero), "Policy on main", (Policy, "v4"));
            var signature = new Signature("Ada", "ada@example.org", new DateTimeOffset(2021, 5, 3, 10, 0, 0, TimeSpan.Zero));
            var result = repository.Merge("side", signature, new MergeOptions { FastForwardStrategy = FastForwardStrategy.NoFastForward });
            merge = result.Commit.Sha[..7];
        }

        var history = Reader.Read(folder.Path, ["notice.md", Policy]);

        Assert.Equal([side, ids[0]], history.Files[0].Commits.Select(c => c.Id));
        Assert.Equal([main, ids[3], ids[1], ids[0]], history.Files[1].Commits.Select(c => c.Id));
        Assert.DoesNotContain(merge, history.Files.SelectMany(f => f.Commits).Select(c => c.Id));
    }

    [Fact]
    public void A_file_outside_the_repository_has_no_repository_path_and_no_commits()
    {
        var (folder, _) = Sample();
        using var __ = folder;
        using var elsewhere = new TempDirectory();

        var history = Reader.Read(folder.Path, [elsewhere.Combine("a.md")]);

        Assert.Equal(new FileHistory(elsewhere.Combine("a.md"), null, []), history.Files[0]);
    }

    [Fact]
    public void A_folder_outside_any_repository_is_said_to_be_so()
    {
        using var folder = new TempDirectory();

        var history = Reader.Read(folder.Path, ["a.md"]);

        Assert.Equal(GitFileHistory.NotARepository, history);
        Assert.Equal(GitHistoryStatus.NotARepository, history.Status);
        Assert.Null(history.For("a.md"));
    }

    [Fact]
    public void A_shallow_clone_is_flagged_and_its_only_commit_seems_to_add_every_file()
    {
        var (folder, ids) = Sample();
        using var _ = folder;
        using var clone = new TempDirectory();
        var git = Process.Start(new ProcessStartInfo("git", ["clone", "--quiet", "--depth", "1", "file://" + folder.Path, clone.Combine("site")])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        git.WaitForExit();
        Assert.True(git.ExitCode == 0, git.StandardError.ReadToEnd());

        var history = Reader.Read(clone.Combine("site"), [Policy, "notice.md"]);

        Assert.Equal((GitHistoryStatus.Read, true), (history.Status, history.IsShallow));
        Assert.Equal([ids[3]], history.Files[0].Commits.Select(c => c.Id));
        Assert.Equal([ids[3]], history.Files[1].Commits.Select(c => c.Id));
    }

    [Fact]
    public void A_full_repository_is_not_shallow_and_temporary_repositories_are_deleted()
    {
        var (folder, _) = Sample();
        using (folder)
        {
            Assert.False(Reader.Read(folder.Path, [Policy]).IsShallow);
        }

        Assert.False(Directory.Exists(folder.Path));
    }

    [Fact]
    public void A_cancelled_read_stops()
    {
        var (folder, _) = Sample();
        using var _ = folder;
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.Throws<OperationCanceledException>(() => Reader.Read(folder.Path, [Policy], cancellation.Token));
    }
}
