namespace Generator.Content;

/// <summary>
/// What a long-running session hands from one load to the next: the sources of the last load,
/// and the paths a watcher saw change since, so that only the changed content files are read again.
/// </summary>
public interface ISourceCache
{
    /// <summary>The sources of the last load; the load stage replaces them with its own.</summary>
    SourceSet? Previous { get; set; }

    /// <summary>Takes the paths changed since the last load: null when the session cannot tell, and every file is read.</summary>
    IReadOnlySet<string>? TakeChanges();

    /// <summary>Gives back what a load took and did not finish (it was cancelled), so the next load still sees it.</summary>
    void RestoreChanges(IReadOnlySet<string>? taken);
}
