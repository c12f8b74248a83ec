using System.Collections.Immutable;

namespace Generator.Publishing;

/// <summary>Every file the build writes, in ordinal path order, each path once.</summary>
public sealed record OutputPlan(ImmutableArray<PlannedOutput> Files)
{
    /// <summary>The path of the site's URLs that the files' paths are relative to ("/" or "/sub/").</summary>
    public string BasePath { get; init; } = "/";
}
