namespace Generator.Rendering.KnowledgeMap;

/// <summary>
/// The marker of each group of the map, so that a group is told by its shape as well as its
/// colour: circle, square, diamond, triangle, hexagon, inverted triangle, pentagon, star, plus
/// and cross, each as an SVG path of about the same area as a circle of the radius asked for.
/// </summary>
public static class MarkerShapes
{
    public const int Count = 10;

    /// <summary>The path of shape <paramref name="shape"/> (modulo <see cref="Count"/>) centred on (<paramref name="x"/>, <paramref name="y"/>).</summary>
    public static string Path(int shape, double x, double y, double r) => (shape % Count) switch
    {
        0 => $"M{N(x - r)} {N(y)}a{N(r)} {N(r)} 0 1 0 {N(2 * r)} 0a{N(r)} {N(r)} 0 1 0 {N(-2 * r)} 0Z",
        1 => Polygon(x, y, r * 1.25, 4, 45),
        2 => Polygon(x, y, r * 1.3, 4, 0),
        3 => Polygon(x, y, r * 1.45, 3, -90),
        4 => Polygon(x, y, r * 1.1, 6, 0),
        5 => Polygon(x, y, r * 1.45, 3, 90),
        6 => Polygon(x, y, r * 1.2, 5, -90),
        7 => Star(x, y, r * 1.5),
        8 => Plus(x, y, r * 1.3, 0),
        _ => Plus(x, y, r * 1.3, 45),
    };

    /// <summary>A plus sign of arms <paramref name="r"/> long and two-thirds as wide, turned by <paramref name="degrees"/>.</summary>
    private static string Plus(double x, double y, double r, double degrees)
    {
        var w = r / 3;
        (double X, double Y)[] corners = [(-w, -r), (w, -r), (w, -w), (r, -w), (r, w), (w, w), (w, r), (-w, r), (-w, w), (-r, w), (-r, -w), (-w, -w)];
        var (cos, sin) = (Math.Cos(degrees * Math.PI / 180), Math.Sin(degrees * Math.PI / 180));
        return "M" + string.Join("L", corners.Select(c => $"{N(x + c.X * cos - c.Y * sin)} {N(y + c.X * sin + c.Y * cos)}")) + "Z";
    }

    private static string Polygon(double x, double y, double r, int corners, double startDegrees) =>
        "M" + string.Join("L", Enumerable.Range(0, corners).Select(i =>
        {
            var angle = (startDegrees + 360.0 * i / corners) * Math.PI / 180;
            return $"{N(x + r * Math.Cos(angle))} {N(y + r * Math.Sin(angle))}";
        })) + "Z";

    private static string Star(double x, double y, double r) =>
        "M" + string.Join("L", Enumerable.Range(0, 10).Select(i =>
        {
            var angle = (-90 + 36.0 * i) * Math.PI / 180;
            var radius = i % 2 == 0 ? r : r * 0.5;
            return $"{N(x + radius * Math.Cos(angle))} {N(y + radius * Math.Sin(angle))}";
        })) + "Z";

    private static string N(double value) => SvgNumber.Format(value);
}
