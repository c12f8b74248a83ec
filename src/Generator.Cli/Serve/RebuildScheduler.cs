namespace Generator.Cli.Serve;

/// <summary>
/// Runs rebuilds after bursts of file changes: each change restarts a short quiet period, and a
/// newer change cancels a rebuild that is still running, so only the latest state is built.
/// </summary>
public sealed class RebuildScheduler(Func<CancellationToken, Task> rebuild, TimeSpan quietPeriod) : IDisposable
{
    private readonly object _lock = new();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private CancellationTokenSource? _current;

    public void Trigger()
    {
        CancellationToken token;
        lock (_lock)
        {
            _current?.Cancel();
            _current = new CancellationTokenSource();
            token = _current.Token;
        }

        _ = Task.Run(async () =>
        {
            try
            {
                await Task.Delay(quietPeriod, token);
                await _gate.WaitAsync(token);
                try
                {
                    await rebuild(token);
                }
                finally
                {
                    _gate.Release();
                }
            }
            catch (OperationCanceledException)
            {
                // A newer change took over.
            }
        }, CancellationToken.None);
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _current?.Cancel();
        }
    }
}
