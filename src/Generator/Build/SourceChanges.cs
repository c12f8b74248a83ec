namespace Generator.Build;

/// <summary>
/// The paths a file watcher saw change since the last load, or "everything" when it could not
/// tell (an overflow, a renamed folder). Until a watcher is attached (<see cref="Track"/>),
/// every load reads everything. Thread-safe: the watcher adds while a build takes.
/// </summary>
public sealed class SourceChanges
{
    private readonly object _lock = new();
    private HashSet<string> _paths = new(StringComparer.Ordinal);
    private bool _all = true;
    private bool _tracking;

    /// <summary>A watcher now reports every change: loads may read only what changed. Call it before the first build.</summary>
    public void Track()
    {
        lock (_lock)
        {
            _tracking = true;
        }
    }

    /// <summary>A file or folder was created, changed, deleted or renamed.</summary>
    public void Add(string path)
    {
        lock (_lock)
        {
            _paths.Add(Path.GetFullPath(path));
        }
    }

    /// <summary>The next load reads every file again.</summary>
    public void AddAll()
    {
        lock (_lock)
        {
            _all = true;
        }
    }

    /// <summary>Takes what was seen so far: null means everything.</summary>
    internal IReadOnlySet<string>? Take()
    {
        lock (_lock)
        {
            var taken = _all ? null : _paths;
            _paths = new HashSet<string>(StringComparer.Ordinal);
            _all = !_tracking;
            return taken;
        }
    }

    /// <summary>Gives back what a cancelled load had taken, so the next load still sees it.</summary>
    internal void Restore(IReadOnlySet<string>? taken)
    {
        lock (_lock)
        {
            if (taken is null)
            {
                _all = true;
                return;
            }

            _paths.UnionWith(taken);
        }
    }
}
