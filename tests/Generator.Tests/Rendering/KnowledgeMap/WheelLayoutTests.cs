using Generator.Rendering.KnowledgeMap;

namespace Generator.Tests.Rendering.KnowledgeMap;

/// <summary>The wheel: a pure function of its input, whose markers never touch and whose labels never overlap, inside its box.</summary>
public sealed class WheelLayoutTests
{
    /// <summary>Group sizes like the real site's (ten types, 70 pages), a large map, one group, one node.</summary>
    public static TheoryData<int[]> Shapes() => [[1, 1, 7, 8, 10, 16, 7, 13, 9, 1], [40, 30, 30, 20, 15, 15], [5], [1]];

    [Theory]
    [MemberData(nameof(Shapes))]
    public void The_same_input_gives_the_same_layout(int[] groups)
    {
        var (labels, edges) = Graph(groups);

        var first = WheelLayout.Arrange(groups, labels, edges, WheelOptions.Default);
        var second = WheelLayout.Arrange([.. groups], [.. labels], [.. edges.Reverse()], WheelOptions.Default);

        Assert.Equal(first.Nodes.ToArray(), second.Nodes.ToArray());
        Assert.Equal(first.Edges.ToArray(), second.Edges.ToArray());
        Assert.Equal((first.MinX, first.MinY, first.Width, first.Height), (second.MinX, second.MinY, second.Width, second.Height));
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void No_two_markers_come_closer_than_their_radii_and_a_gap(int[] groups)
    {
        var (labels, edges) = Graph(groups);

        var nodes = WheelLayout.Arrange(groups, labels, edges, WheelOptions.Default).Nodes;

        for (var i = 0; i < nodes.Length; i++)
        {
            for (var j = i + 1; j < nodes.Length; j++)
            {
                var distance = Math.Sqrt(Math.Pow(nodes[i].X - nodes[j].X, 2) + Math.Pow(nodes[i].Y - nodes[j].Y, 2));
                Assert.True(distance >= nodes[i].Radius + nodes[j].Radius + 2, $"nodes {i} and {j} are {distance:0.0} apart");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Labels_start_at_least_a_line_apart_and_run_outwards_reading_left_to_right(int[] groups)
    {
        var (labels, edges) = Graph(groups);
        var options = WheelOptions.Default;

        var nodes = WheelLayout.Arrange(groups, labels, edges, options).Nodes;

        for (var i = 0; i + 1 < nodes.Length; i++)
        {
            var gap = Math.Sqrt(Math.Pow(nodes[i].LabelX - nodes[i + 1].LabelX, 2) + Math.Pow(nodes[i].LabelY - nodes[i + 1].LabelY, 2));
            Assert.True(gap >= options.FontSize * 1.2, $"labels {i} and {i + 1} start {gap:0.0} apart");
        }

        foreach (var node in nodes)
        {
            // Upright text: rotated by at most a quarter turn, anchored at its end on the left half.
            Assert.InRange(node.LabelRotation, -90, 90);
            Assert.Equal(node.LabelX < -1e-6, node.LabelEnd);
            Assert.True(Math.Sqrt(node.LabelX * node.LabelX + node.LabelY * node.LabelY) > Math.Sqrt(node.X * node.X + node.Y * node.Y) + node.Radius);
        }
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void The_box_holds_every_marker_and_every_label(int[] groups)
    {
        var (labels, edges) = Graph(groups);
        var options = WheelOptions.Default;

        var layout = WheelLayout.Arrange(groups, labels, edges, options);

        for (var i = 0; i < layout.Nodes.Length; i++)
        {
            var node = layout.Nodes[i];
            var length = Math.Sqrt(node.LabelX * node.LabelX + node.LabelY * node.LabelY);
            var end = (length + LabelText.Width(labels[i], options.FontSize)) / length;
            foreach (var (x, y) in new[] { (node.X, node.Y), (node.LabelX * end, node.LabelY * end) })
            {
                Assert.InRange(x, layout.MinX, layout.MinX + layout.Width);
                Assert.InRange(y, layout.MinY, layout.MinY + layout.Height);
            }
        }
    }

    [Fact]
    public void Each_edge_joins_its_nodes_centres_once_whichever_way_it_was_given()
    {
        int[] groups = [3, 2];
        string[] labels = ["a", "b", "c", "d", "e"];

        var layout = WheelLayout.Arrange(groups, labels, [(0, 3), (3, 0), (4, 1), (1, 2)], WheelOptions.Default);

        Assert.Equal([(0, 3), (1, 2), (1, 4)], layout.Edges.Select(e => (e.A, e.B)));
        foreach (var edge in layout.Edges)
        {
            Assert.Equal((layout.Nodes[edge.A].X, layout.Nodes[edge.A].Y), (edge.X1, edge.Y1));
            Assert.Equal((layout.Nodes[edge.B].X, layout.Nodes[edge.B].Y), (edge.X2, edge.Y2));
        }
    }

    [Fact]
    public void Markers_grow_with_their_number_of_edges_within_their_bounds()
    {
        var options = WheelOptions.Default;

        var nodes = WheelLayout.Arrange([4], ["hub", "a", "b", "alone"], [(0, 1), (0, 2), (1, 2)], options).Nodes;

        Assert.Equal(options.MaxNodeRadius, nodes[0].Radius, 6);
        Assert.Equal(options.MinNodeRadius, nodes[3].Radius, 6);
        Assert.InRange(nodes[1].Radius, options.MinNodeRadius, options.MaxNodeRadius);
    }

    /// <summary>Labels of every length up to a long title, and edges from a seeded generator.</summary>
    private static (string[] Labels, (int A, int B)[] Edges) Graph(int[] groups)
    {
        var count = groups.Sum();
        var random = new Random(7);
        var labels = Enumerable.Range(0, count).Select(i => LabelText.Shorten(new string('m', 1 + i % 40), WheelOptions.Default.MaxLabelWidth, WheelOptions.Default.FontSize)).ToArray();
        var edges = Enumerable.Range(0, count * 3).Select(_ => (A: random.Next(count), B: random.Next(count))).Where(e => e.A != e.B).ToArray();
        return (labels, edges);
    }
}
