using System.Collections.Immutable;

namespace Generator.Content.History;

/// <summary>
/// The git history of a set of files, read by <see cref="GitFileHistoryReader"/>: whether it could
/// be read (and why not), whether the repository is shallow (a truncated history, as Netlify
/// clones by default: its oldest commit seems to add every file, so dates must be warned about,
/// not trusted), and each file's commits, in the order the files were asked for.
/// </summary>
public sealed record GitFileHistory(GitHistoryStatus Status, string? Reason, bool IsShallow, ImmutableArray<FileHistory> Files)
{
    public static GitFileHistory NotARepository { get; } = new(GitHistoryStatus.NotARepository, null, false, []);

    public static GitFileHistory Unavailable(string reason) => new(GitHistoryStatus.Unavailable, reason, false, []);

    /// <summary>The history of a file, by the path it was asked for with; null when it was not asked for or nothing was read.</summary>
    public FileHistory? For(string path) => Files.FirstOrDefault(f => f.Path == path);

    public bool Equals(GitFileHistory? other) =>
        other is not null && Status == other.Status && Reason == other.Reason && IsShallow == other.IsShallow && Files.SequenceEqual(other.Files);

    public override int GetHashCode() => HashCode.Combine(Status, Reason, IsShallow, Files.Length);
}
