namespace Generator.Rendering.KnowledgeMap;

/// <summary>An edge of the map between nodes <see cref="A"/> and <see cref="B"/> (A before B): a quadratic curve from A's centre to B's through the control point.</summary>
public sealed record EdgeCurve(int A, int B, double X1, double Y1, double ControlX, double ControlY, double X2, double Y2);
