namespace Generator.Rendering.Views;

/// <summary>
/// The knowledge map as its layout sees it (<c>page.map</c>): its groups of nodes, each node with
/// its links to the nodes it is joined to (for the list); two drawings of them, a wheel for wide
/// screens and a column for narrow ones; and how many pages a large knowledge base leaves out.
/// </summary>
public sealed record MapView(
    IReadOnlyList<MapGroupView> Groups,
    MapDrawingView Wheel,
    MapDrawingView Column,
    int NodeCount,
    int Omitted);
