using System.Collections.Immutable;

namespace Generator.Rendering.KnowledgeMap;

/// <summary>
/// Lays a graph out as a column for narrow screens, a pure function of its input: the nodes one
/// per row, group after group, each group under its name; labels to the right of their markers,
/// one per row (so neither markers nor labels can overlap); each edge an arc to the left of the
/// column, the deeper the further apart its nodes (an arc diagram). The drawing is
/// <see cref="ColumnOptions.Width"/> wide and as tall as its rows.
/// </summary>
public static class ColumnLayout
{
    /// <param name="groupSizes">How many nodes each group has, in order; the nodes are numbered group after group.</param>
    /// <param name="edges">Pairs of node numbers.</param>
    public static MapLayout Arrange(IReadOnlyList<int> groupSizes, IReadOnlyList<(int A, int B)> edges, ColumnOptions options)
    {
        var count = groupSizes.Sum();
        var degrees = new int[count];
        foreach (var (a, b) in edges)
        {
            degrees[a]++;
            degrees[b]++;
        }

        var mostEdges = Math.Max(1, degrees.DefaultIfEmpty().Max());
        var x = options.ArcWidth;
        var y = options.Margin;
        var nodes = ImmutableArray.CreateBuilder<NodePlacement>(count);
        var headings = ImmutableArray.CreateBuilder<(double X, double Y)>(groupSizes.Count);
        foreach (var size in groupSizes)
        {
            headings.Add((x - options.MaxNodeRadius, y + options.GroupHeight - options.RowHeight / 2 - options.FontSize * 0.2));
            y += options.GroupHeight;
            for (var i = 0; i < size; i++)
            {
                var radius = options.MinNodeRadius + (options.MaxNodeRadius - options.MinNodeRadius) * Math.Sqrt(degrees[nodes.Count] / (double)mostEdges);
                var row = y + options.RowHeight / 2;
                nodes.Add(new NodePlacement(x, row, radius, 0, x + options.MaxNodeRadius + options.LabelGap, row, 0, false));
                y += options.RowHeight;
            }
        }

        var placed = nodes.MoveToImmutable();
        var pairs = edges.Select(e => e.A <= e.B ? e : (A: e.B, B: e.A)).Distinct().Order().ToArray();
        var longest = Math.Max(1, pairs.Select(e => placed[e.B].Y - placed[e.A].Y).DefaultIfEmpty().Max());
        var room = options.ArcWidth - options.Margin - options.MinArcDepth;
        var curves = pairs.Select(e =>
        {
            var (a, b) = (placed[e.A], placed[e.B]);
            var depth = options.MinArcDepth + room * Math.Sqrt((b.Y - a.Y) / longest);

            // A quadratic curve reaches half way to its control point: the control is twice as deep.
            return new EdgeCurve(e.A, e.B, a.X, a.Y, a.X - 2 * depth, (a.Y + b.Y) / 2, b.X, b.Y);
        }).ToImmutableArray();
        return new MapLayout(0, 0, options.Width, Math.Ceiling(y + options.Margin), placed, curves) { GroupLabels = headings.MoveToImmutable() };
    }
}
