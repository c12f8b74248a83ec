using System.Collections.Immutable;
using System.Diagnostics;

namespace Generator.Build;

/// <summary>Times the stages of one build.</summary>
internal sealed class StageClock
{
    private readonly Stopwatch _total = Stopwatch.StartNew();
    private readonly ImmutableArray<StageTiming>.Builder _stages = ImmutableArray.CreateBuilder<StageTiming>();

    /// <summary>The stage running now (the innermost, for a stage timed within another), if any.</summary>
    public string? Current { get; private set; }

    public T Time<T>(string stage, Func<T> work)
    {
        var start = _total.Elapsed;
        var outer = Current;
        Current = stage;
        var result = work();
        Current = outer;
        _stages.Add(new StageTiming(stage, _total.Elapsed - start));
        return result;
    }

    public void Time(string stage, Action work) => Time(stage, () =>
    {
        work();
        return 0;
    });

    /// <summary>Times one of the named stages, under its name in lower case.</summary>
    public T Time<T>(SiteStage stage, Func<T> work) => Time(stage.ToString().ToLowerInvariant(), work);

    public void Time(SiteStage stage, Action work) => Time(stage.ToString().ToLowerInvariant(), work);

    public TimeSpan Elapsed => _total.Elapsed;

    public ImmutableArray<StageTiming> Stages => _stages.ToImmutable();
}
