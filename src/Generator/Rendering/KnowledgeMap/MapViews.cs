using Generator.Rendering.Views;

namespace Generator.Rendering.KnowledgeMap;

/// <summary>
/// The knowledge map's view in one language: its graph (<see cref="MapGraphBuilder"/>) as a list
/// of groups, each node with its links to the nodes it is joined to, and drawn twice: as a wheel
/// (<see cref="WheelLayout"/>) and as a column (<see cref="ColumnLayout"/>), each node with its
/// label shortened to the room it has and its marker, each edge as a path. The same graph gives
/// the same view.
/// </summary>
public sealed class MapViews
{
    public WheelOptions Wheel { get; init; } = WheelOptions.Default;

    public ColumnOptions Column { get; init; } = ColumnOptions.Default;

    /// <summary>The view of <paramref name="map"/>, the graph of <paramref name="language"/>.</summary>
    public MapView For(MapGraph map, string language)
    {
        var links = map.Nodes.Select(n => LinkView.For(n.Page, language)).ToArray();
        var styles = map.Groups.SelectMany((g, i) => g.Nodes.Select(_ => Style(i))).ToArray();
        var groupOf = map.Groups.SelectMany((g, i) => g.Nodes.Select(_ => i)).ToArray();
        var sizes = map.Groups.Select(g => g.Nodes.Length).ToArray();
        var wheelLabels = links.Select(l => LabelText.Shorten(l.Title, Wheel.MaxLabelWidth, Wheel.FontSize)).ToArray();
        var columnLabels = links.Select(l => LabelText.Shorten(l.Title, Column.MaxLabelWidth, Column.FontSize)).ToArray();
        var wheel = Drawing(WheelLayout.Arrange(sizes, wheelLabels, map.Edges, Wheel), wheelLabels, links, styles, map, highlights: true);
        var column = Drawing(ColumnLayout.Arrange(sizes, map.Edges, Column), columnLabels, links, styles, map, highlights: false);

        var neighbours = map.Neighbours();
        var number = 0;
        var groups = new List<MapGroupView>();
        foreach (var (group, index) in map.Groups.Select((g, i) => (g, i)))
        {
            var nodes = new List<MapNodeView>();
            foreach (var _ in group.Nodes)
            {
                var link = links[number];
                var linked = neighbours[number]
                    .GroupBy(n => groupOf[n])
                    .Select(g => new MapLinkGroupView(map.Groups[g.Key].Type, map.Groups[g.Key].Label, Style(g.Key), [.. g.Select(n => links[n])]))
                    .ToArray();
                nodes.Add(new MapNodeView(link.Title, link.Url, link.Lang, link.IsTranslated, linked));
                number++;
            }

            groups.Add(new MapGroupView(group.Type, group.Label, Style(index), MarkerShapes.Path(Style(index), 0, 0, 6), nodes));
        }

        return new MapView(groups, wheel, column, map.Nodes.Length, map.Omitted);
    }

    /// <param name="highlights">Whether each node carries its edges, which the theme shows when a pointer is on it (the wheel: the column is for touch screens).</param>
    private static MapDrawingView Drawing(MapLayout layout, string[] labels, LinkView[] links, int[] styles, MapGraph map, bool highlights)
    {
        var edges = layout.Edges.Select(e => $"M{N(e.X1)} {N(e.Y1)}Q{N(e.ControlX)} {N(e.ControlY)} {N(e.X2)} {N(e.Y2)}").ToArray();
        var incident = layout.Nodes.Select(_ => new List<string>()).ToArray();
        if (highlights)
        {
            foreach (var (curve, path) in layout.Edges.Zip(edges))
            {
                incident[curve.A].Add(path);
                incident[curve.B].Add(path);
            }
        }

        var nodes = layout.Nodes.Select((place, i) => new MapPlacedNodeView(links[i].Title, links[i].Url, links[i].Lang, links[i].IsTranslated, labels[i], styles[i],
            MarkerShapes.Path(styles[i], place.X, place.Y, place.Radius),
            place.LabelRotation == 0 ? $"translate({N(place.LabelX)} {N(place.LabelY)})" : $"translate({N(place.LabelX)} {N(place.LabelY)}) rotate({N(place.LabelRotation)})",
            place.LabelEnd ? "end" : "start", incident[i])).ToArray();
        var groupLabels = layout.GroupLabels.Select((p, i) => new MapGroupLabelView(map.Groups[i].Label, Style(i), N(p.X), N(p.Y))).ToArray();
        return new MapDrawingView($"{N(layout.MinX)} {N(layout.MinY)} {N(layout.Width)} {N(layout.Height)}", N(layout.Width), N(layout.Height), edges, nodes, groupLabels);
    }

    /// <summary>A group's style: its colour and marker shape, by its place among the groups.</summary>
    private static int Style(int group) => group % MarkerShapes.Count;

    private static string N(double value) => SvgNumber.Format(value);
}
