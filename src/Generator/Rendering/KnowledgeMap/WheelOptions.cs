namespace Generator.Rendering.KnowledgeMap;

/// <summary>
/// The measures of <see cref="WheelLayout"/>, in SVG user units: the labels' font size, the
/// length of ring each node takes (<see cref="Spacing"/>, at least the labels' line height and
/// two of the largest markers), the gap between groups in node places, the markers' radii, the
/// space between a marker and its label, the margin around the drawing and how far edges bend
/// towards the centre (0: straight, 1: through the centre) and towards the middles of their
/// groups (0: not at all, 1: edges between two groups share their control point).
/// </summary>
public sealed record WheelOptions
{
    public double FontSize { get; init; } = 12;
    public double Spacing { get; init; } = 16;
    public double GroupGap { get; init; } = 1.5;
    public double MinRadius { get; init; } = 48;
    public double MinNodeRadius { get; init; } = 3;
    public double MaxNodeRadius { get; init; } = 6;
    public double LabelGap { get; init; } = 5;
    public double Margin { get; init; } = 6;
    public double Bend { get; init; } = 0.65;
    public double Bundle { get; init; } = 0.6;

    /// <summary>The widest a label may be: longer titles are shortened to it (see <see cref="LabelText.Shorten"/>).</summary>
    public double MaxLabelWidth { get; init; } = 200;

    public static WheelOptions Default { get; } = new();
}
