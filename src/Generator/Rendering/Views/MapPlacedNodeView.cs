namespace Generator.Rendering.Views;

/// <summary>
/// A node as a drawing shows it: the page it links to (in the reader's language where translated,
/// else the original in <see cref="Lang"/>), its title and the shorter <see cref="Label"/> written
/// beside it, its group's <see cref="Style"/>, its marker (an SVG path), and where its label
/// starts, its rotation (<see cref="LabelTransform"/>) and its <c>text-anchor</c>; on a drawing
/// that shows a node's edges when a pointer is on it, the paths of its edges (<see cref="Edges"/>).
/// </summary>
public sealed record MapPlacedNodeView(
    string Title,
    string Url,
    string Lang,
    bool IsTranslated,
    string Label,
    int Style,
    string Marker,
    string LabelTransform,
    string LabelAnchor,
    IReadOnlyList<string> Edges);
