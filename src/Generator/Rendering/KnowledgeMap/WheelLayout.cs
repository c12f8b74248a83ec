using System.Collections.Immutable;

namespace Generator.Rendering.KnowledgeMap;

/// <summary>
/// Lays a graph out as a wheel, a pure function of its input: the nodes on one ring, group after
/// group clockwise from the top with a gap between groups, each node in its own place of equal
/// length (so markers never touch, and labels, which run outwards along the radius, never
/// overlap); each marker sized by its number of edges; each edge a curve bent towards the centre.
/// The drawing's box is the smallest that holds the markers and the labels, whose widths are
/// estimated with <see cref="LabelText"/>.
/// </summary>
public static class WheelLayout
{
    /// <param name="groupSizes">How many nodes each group has, in order; the nodes are numbered group after group.</param>
    /// <param name="labels">Each node's label, as it will be drawn.</param>
    /// <param name="edges">Pairs of node numbers.</param>
    public static MapLayout Arrange(IReadOnlyList<int> groupSizes, IReadOnlyList<string> labels, IReadOnlyList<(int A, int B)> edges, WheelOptions options)
    {
        var count = groupSizes.Sum();
        if (count != labels.Count)
        {
            throw new ArgumentException($"{labels.Count} labels for {count} nodes", nameof(labels));
        }

        var groups = groupSizes.Count(size => size > 0);
        var places = count + groups * options.GroupGap;
        var radius = Math.Max(options.MinRadius, places * options.Spacing / (2 * Math.PI));
        var degrees = new int[count];
        foreach (var (a, b) in edges)
        {
            degrees[a]++;
            degrees[b]++;
        }

        var mostEdges = Math.Max(1, degrees.DefaultIfEmpty().Max());
        var angles = Angles(groupSizes, places, options.GroupGap);
        var labelRadius = radius + options.MaxNodeRadius + options.LabelGap;
        var nodes = ImmutableArray.CreateBuilder<NodePlacement>(count);
        var box = new Box();
        box.Add(-radius - options.MaxNodeRadius * 1.5, -radius - options.MaxNodeRadius * 1.5);
        box.Add(radius + options.MaxNodeRadius * 1.5, radius + options.MaxNodeRadius * 1.5);
        for (var i = 0; i < count; i++)
        {
            var angle = angles[i];
            var (cos, sin) = (Math.Cos(angle), Math.Sin(angle));
            var size = options.MinNodeRadius + (options.MaxNodeRadius - options.MinNodeRadius) * Math.Sqrt(degrees[i] / (double)mostEdges);
            var rotation = angle * 180 / Math.PI;
            var onLeft = cos < -1e-9;
            nodes.Add(new NodePlacement(radius * cos, radius * sin, size, rotation, labelRadius * cos, labelRadius * sin,
                Normalize(onLeft ? rotation + 180 : rotation), onLeft));
            AddLabel(box, labelRadius, LabelText.Width(labels[i], options.FontSize), options.FontSize * 0.7, cos, sin);
        }

        var groupOf = groupSizes.Where(s => s > 0).SelectMany((size, g) => Enumerable.Repeat(g, size)).ToArray();
        var middles = groupSizes.Where(s => s > 0).Select((_, g) => Middle(angles, groupOf, g)).ToArray();
        var curves = edges.Select(e => e.A <= e.B ? e : (A: e.B, B: e.A)).Distinct().Order()
            .Select(e => Curve(nodes[e.A], nodes[e.B], e.A, e.B, middles[groupOf[e.A]], middles[groupOf[e.B]], radius, options))
            .ToImmutableArray();
        var (minX, minY, width, height) = box.WithMargin(options.Margin);
        return new MapLayout(minX, minY, width, height, nodes.MoveToImmutable(), curves);
    }

    /// <summary>Each node's angle in radians: places of equal length round the ring from the top, half a gap before and after each group.</summary>
    private static double[] Angles(IReadOnlyList<int> groupSizes, double places, double gap)
    {
        var angles = new List<double>();
        var place = 0.0;
        foreach (var size in groupSizes.Where(s => s > 0))
        {
            place += gap / 2;
            for (var i = 0; i < size; i++)
            {
                angles.Add(-Math.PI / 2 + 2 * Math.PI * (place + 0.5) / places);
                place += 1;
            }

            place += gap / 2;
        }

        return [.. angles];
    }

    /// <summary>The middle of a group's arc, as a point on the unit circle.</summary>
    private static (double X, double Y) Middle(double[] angles, int[] groupOf, int group)
    {
        var first = Array.IndexOf(groupOf, group);
        var angle = (angles[first] + angles[Array.LastIndexOf(groupOf, group)]) / 2;
        return (Math.Cos(angle), Math.Sin(angle));
    }

    /// <summary>
    /// A curve from one node to the other, bent towards the centre (the further apart, the nearer
    /// it passes), and drawn towards the middles of both nodes' groups, so that the edges between
    /// two groups run together.
    /// </summary>
    private static EdgeCurve Curve(NodePlacement a, NodePlacement b, int from, int to, (double X, double Y) groupA, (double X, double Y) groupB, double radius, WheelOptions options)
    {
        var keep = 1 - options.Bend;
        var (midX, midY) = ((a.X + b.X) / 2 * keep, (a.Y + b.Y) / 2 * keep);
        var (bundleX, bundleY) = ((groupA.X + groupB.X) / 2 * radius * keep, (groupA.Y + groupB.Y) / 2 * radius * keep);
        var pull = options.Bundle;
        return new EdgeCurve(from, to, a.X, a.Y, midX + (bundleX - midX) * pull, midY + (bundleY - midY) * pull, b.X, b.Y);
    }

    /// <summary>The corners of a label: a box from <paramref name="start"/> outwards along the radius, <paramref name="height"/> across.</summary>
    private static void AddLabel(Box box, double start, double width, double height, double cos, double sin)
    {
        foreach (var along in new[] { start, start + width })
        {
            foreach (var across in new[] { -height, height })
            {
                box.Add(along * cos - across * sin, along * sin + across * cos);
            }
        }
    }

    /// <summary>An angle in degrees within (-180, 180], rounded so that a quarter turn is exactly 90.</summary>
    private static double Normalize(double degrees)
    {
        var d = Math.Round(degrees % 360, 9);
        return d > 180 ? d - 360 : d <= -180 ? d + 360 : d;
    }

    private sealed class Box
    {
        private double _minX = double.MaxValue, _minY = double.MaxValue, _maxX = double.MinValue, _maxY = double.MinValue;

        public void Add(double x, double y)
        {
            (_minX, _maxX) = (Math.Min(_minX, x), Math.Max(_maxX, x));
            (_minY, _maxY) = (Math.Min(_minY, y), Math.Max(_maxY, y));
        }

        /// <summary>The box grown by <paramref name="margin"/>, its corner and size rounded out to whole units.</summary>
        public (double MinX, double MinY, double Width, double Height) WithMargin(double margin)
        {
            var (minX, minY) = (Math.Floor(_minX - margin), Math.Floor(_minY - margin));
            return (minX, minY, Math.Ceiling(_maxX + margin) - minX, Math.Ceiling(_maxY + margin) - minY);
        }
    }
}
