using System.Collections.Immutable;

namespace Generator.Rendering.KnowledgeMap;

/// <summary>
/// A laid-out map: the drawing's box (its top left corner and size), a placement per node in the
/// order given, a curve per edge, and where each group's name is written (none on a wheel, whose
/// groups a legend names).
/// </summary>
public sealed record MapLayout(double MinX, double MinY, double Width, double Height, ImmutableArray<NodePlacement> Nodes, ImmutableArray<EdgeCurve> Edges)
{
    /// <summary>Where each group's name starts (its baseline's left end), by group.</summary>
    public ImmutableArray<(double X, double Y)> GroupLabels { get; init; } = [];
}
