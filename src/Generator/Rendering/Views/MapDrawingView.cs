namespace Generator.Rendering.Views;

/// <summary>
/// One drawing of the map: its <c>viewBox</c> and natural size, its edges as SVG paths (each from
/// one node's centre to the other's), its nodes and the names of its groups where it writes them.
/// Numbers are written as SVG takes them, the same on every machine.
/// </summary>
public sealed record MapDrawingView(
    string ViewBox,
    string Width,
    string Height,
    IReadOnlyList<string> Edges,
    IReadOnlyList<MapPlacedNodeView> Nodes,
    IReadOnlyList<MapGroupLabelView> GroupLabels);
