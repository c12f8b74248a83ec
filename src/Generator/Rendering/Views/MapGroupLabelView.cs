namespace Generator.Rendering.Views;

/// <summary>A group's name written in a drawing, its baseline starting at (<see cref="X"/>, <see cref="Y"/>).</summary>
public sealed record MapGroupLabelView(string Label, int Style, string X, string Y);
