namespace Generator.Rendering.KnowledgeMap;

/// <summary>
/// The measures of <see cref="ColumnLayout"/>, in SVG user units: the drawing's width (made to be
/// shown at about its own size on a phone), the labels' font size, the height of a node's row
/// and of a group's heading, the width left of the column where edges bend, the markers' radii
/// and the space between a marker and its label.
/// </summary>
public sealed record ColumnOptions
{
    public double Width { get; init; } = 360;
    public double FontSize { get; init; } = 13;
    public double RowHeight { get; init; } = 20;
    public double GroupHeight { get; init; } = 34;
    public double ArcWidth { get; init; } = 96;
    public double MinArcDepth { get; init; } = 8;
    public double MinNodeRadius { get; init; } = 3;
    public double MaxNodeRadius { get; init; } = 6;
    public double LabelGap { get; init; } = 6;
    public double Margin { get; init; } = 4;

    /// <summary>The widest a label may be: what the row leaves right of the marker.</summary>
    public double MaxLabelWidth => Width - ArcWidth - MaxNodeRadius - LabelGap - Margin;

    public static ColumnOptions Default { get; } = new();
}
