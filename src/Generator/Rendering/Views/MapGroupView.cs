namespace Generator.Rendering.Views;

/// <summary>
/// A group of the map: its page type, its label in the reader's language, its style number
/// (<see cref="Style"/>: the colour and marker shape the theme gives it), a marker for a legend
/// (an SVG path centred on 0,0, of radius 6), and its nodes.
/// </summary>
public sealed record MapGroupView(string Type, string Label, int Style, string Marker, IReadOnlyList<MapNodeView> Nodes);
