namespace Generator.Rendering.KnowledgeMap;

/// <summary>
/// Where a node of the map is drawn: its marker's centre and radius, its angle on the ring in
/// degrees (0 to the right, clockwise), and its label: where it starts, its rotation in degrees
/// and whether it ends there (<see cref="LabelEnd"/>, on the left half, so it reads left to right).
/// </summary>
public sealed record NodePlacement(double X, double Y, double Radius, double Angle, double LabelX, double LabelY, double LabelRotation, bool LabelEnd);
