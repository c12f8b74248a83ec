using Generator.Rendering.KnowledgeMap;

namespace Generator.Tests.Rendering.KnowledgeMap;

/// <summary>The column for narrow screens: a row per node under its group's name, arcs inside the drawing.</summary>
public sealed class ColumnLayoutTests
{
    [Fact]
    public void Nodes_take_a_row_each_under_their_groups_name()
    {
        var options = ColumnOptions.Default;

        var layout = ColumnLayout.Arrange([2, 1], [(0, 2)], options);

        Assert.Equal(options.Width, layout.Width);
        Assert.Equal(2, layout.GroupLabels.Length);
        Assert.True(layout.GroupLabels[0].Y < layout.Nodes[0].Y && layout.Nodes[1].Y < layout.GroupLabels[1].Y && layout.GroupLabels[1].Y < layout.Nodes[2].Y);
        Assert.All(layout.Nodes, n => Assert.Equal(options.ArcWidth, n.X));
        Assert.All(layout.Nodes, n => Assert.Equal((n.Y, 0.0, false), (n.LabelY, n.LabelRotation, n.LabelEnd)));
        Assert.True(layout.Nodes[^1].Y + options.RowHeight / 2 <= layout.Height);
    }

    [Fact]
    public void Markers_and_labels_never_overlap_and_arcs_stay_in_the_drawing()
    {
        var options = ColumnOptions.Default;
        var random = new Random(3);
        var edges = Enumerable.Range(0, 200).Select(_ => (A: random.Next(70), B: random.Next(70))).Where(e => e.A != e.B).ToArray();

        var layout = ColumnLayout.Arrange([1, 1, 7, 8, 10, 16, 7, 13, 6, 1], edges, options);

        for (var i = 0; i + 1 < layout.Nodes.Length; i++)
        {
            var (a, b) = (layout.Nodes[i], layout.Nodes[i + 1]);
            Assert.True(b.Y - a.Y >= Math.Max(a.Radius + b.Radius + 2, options.FontSize * 1.2), $"rows {i} and {i + 1}");
        }

        foreach (var edge in layout.Edges)
        {
            // The curve's deepest point is half way to its control point.
            var deepest = (edge.X1 + edge.ControlX) / 2;
            Assert.InRange(deepest, options.Margin - 1e-9, options.ArcWidth - options.MinArcDepth + 1e-9);
            Assert.True(edge.A < edge.B);
        }
    }

    [Fact]
    public void Nodes_further_apart_get_deeper_arcs()
    {
        var layout = ColumnLayout.Arrange([5], [(0, 1), (0, 4)], ColumnOptions.Default);

        Assert.True(layout.Edges[1].ControlX < layout.Edges[0].ControlX);
    }
}
