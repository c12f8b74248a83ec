using System.Collections.Immutable;

namespace Generator.Content.History;

/// <summary>
/// The commits that changed a file, newest first. <c>Path</c> is the path as asked for;
/// <c>RepositoryPath</c> the file's path in the repository (with <c>/</c>), or null when the file
/// is outside it. No commits when the file was never committed.
/// </summary>
public sealed record FileHistory(string Path, string? RepositoryPath, ImmutableArray<FileCommit> Commits)
{
    /// <summary>The newest commit that changed the file, if any.</summary>
    public FileCommit? Latest => Commits.IsEmpty ? null : Commits[0];

    /// <summary>The commit that added the file (the oldest one), if any.</summary>
    public FileCommit? First => Commits.IsEmpty ? null : Commits[^1];

    public bool Equals(FileHistory? other) =>
        other is not null && Path == other.Path && RepositoryPath == other.RepositoryPath && Commits.SequenceEqual(other.Commits);

    public override int GetHashCode() => HashCode.Combine(Path, RepositoryPath, Commits.Length);
}
