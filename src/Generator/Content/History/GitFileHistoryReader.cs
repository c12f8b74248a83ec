using System.Collections.Immutable;
using LibGit2Sharp;

namespace Generator.Content.History;

/// <summary>
/// Reads, for a set of files, the commits that changed each of them, newest first, in one walk of
/// the history reachable from HEAD (all parents followed; a commit changed a file when the file's
/// content differs from its parent's or the file is new; a merge only when it differs from every
/// parent's). Renames are not followed: a renamed file's history starts at the rename. The
/// repository is found above the given folder; none is no error (<see cref="GitHistoryStatus.NotARepository"/>),
/// and libgit2 failing to load, or the repository failing to open, is reported as
/// <see cref="GitHistoryStatus.Unavailable"/> with a one-line reason rather than thrown.
/// </summary>
public sealed class GitFileHistoryReader
{
    /// <summary>The history of the files (absolute, or relative to the repository's root) in the repository holding <paramref name="folder"/>.</summary>
    public GitFileHistory Read(string folder, IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var files = paths.ToImmutableArray();
        try
        {
            return ReadRepository(folder, files, cancellationToken);
        }
        catch (Exception e) when (e is DllNotFoundException or TypeInitializationException or BadImageFormatException or EntryPointNotFoundException)
        {
            return GitFileHistory.Unavailable("libgit2 could not be loaded: " + FirstLine((e.InnerException ?? e).Message));
        }
        catch (LibGit2SharpException e)
        {
            return GitFileHistory.Unavailable("the git repository could not be read: " + FirstLine(e.Message));
        }
    }

    private static GitFileHistory ReadRepository(string folder, ImmutableArray<string> files, CancellationToken cancellationToken)
    {
        if (Repository.Discover(Path.GetFullPath(folder)) is not { } gitFolder)
        {
            return GitFileHistory.NotARepository;
        }

        using var repository = new Repository(gitFolder);
        var root = repository.Info.WorkingDirectory;
        var tracked = new TrackedPaths();
        var repositoryPaths = files.Select(file => InRepository(root, file)).ToImmutableArray();
        for (var i = 0; i < files.Length; i++)
        {
            if (repositoryPaths[i] is { } path)
            {
                tracked.Add(path, i);
            }
        }

        var commits = files.Select(_ => ImmutableArray.CreateBuilder<FileCommit>()).ToArray();
        if (repository.Head.Tip is not null && repositoryPaths.Any(p => p is not null))
        {
            var filter = new CommitFilter { IncludeReachableFrom = repository.Head, SortBy = CommitSortStrategies.Topological | CommitSortStrategies.Time };
            foreach (var commit in repository.Commits.QueryBy(filter))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var changed = tracked.ChangedBy(commit);
                if (changed.Count == 0)
                {
                    continue;
                }

                var entry = new FileCommit(commit.Sha[..7], commit.Author.When, FirstLine(commit.Message));
                foreach (var file in changed)
                {
                    commits[file].Add(entry);
                }
            }
        }

        var histories = files.Select((file, i) => new FileHistory(file, repositoryPaths[i], commits[i].ToImmutable())).ToImmutableArray();
        return new GitFileHistory(GitHistoryStatus.Read, null, repository.Info.IsShallow, histories);
    }

    /// <summary>The file's path in the repository, with <c>/</c>; null when it is outside the working folder.</summary>
    private static string? InRepository(string? root, string file)
    {
        if (!Path.IsPathRooted(file))
        {
            return Normalized(file);
        }

        if (root is null)
        {
            return null;
        }

        var relative = Path.GetRelativePath(root, file);
        return relative == "." || relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative) ? null : Normalized(relative);
    }

    private static string Normalized(string path) =>
        string.Join('/', path.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries).Where(part => part != "."));

    private static string FirstLine(string text) => text.ReplaceLineEndings("\n").Split('\n')[0].Trim();
}
