namespace Generator.Content.History;

/// <summary>Whether the git history of a site's files could be read.</summary>
public enum GitHistoryStatus
{
    /// <summary>The history was read (it may be shallow: see <see cref="GitFileHistory.IsShallow"/>).</summary>
    Read,

    /// <summary>The folder is in no git repository.</summary>
    NotARepository,

    /// <summary>Git cannot be read here: libgit2 did not load, or the repository could not be opened; the reason says why.</summary>
    Unavailable,
}
