using System.Collections.Immutable;

namespace Generator.Publishing;

/// <summary>Every file the build writes, in ordinal path order, each path once.</summary>
public sealed record OutputPlan(ImmutableArray<PlannedOutput> Files);
