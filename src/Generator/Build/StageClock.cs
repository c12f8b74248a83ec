using System.Collections.Immutable;
using System.Diagnostics;

namespace Generator.Build;

/// <summary>Times the stages of one build.</summary>
internal sealed class StageClock
{
    private readonly Stopwatch _total = Stopwatch.StartNew();
    private readonly ImmutableArray<StageTiming>.Builder _stages = ImmutableArray.CreateBuilder<StageTiming>();

    public T Time<T>(string stage, Func<T> work)
    {
        var start = _total.Elapsed;
        var result = work();
        _stages.Add(new StageTiming(stage, _total.Elapsed - start));
        return result;
    }

    public void Time(string stage, Action work) => Time(stage, () =>
    {
        work();
        return 0;
    });

    public TimeSpan Elapsed => _total.Elapsed;

    public ImmutableArray<StageTiming> Stages => _stages.ToImmutable();
}
