namespace Generator.Rendering.Changes;

/// <summary>
/// A section with a change, for the summary at the top of a comparison: its heading's text (the
/// newer one, or the older when the heading was removed), the id of that heading in the
/// comparison's HTML, its level (1 to 6), and how it changed. The text before the first heading
/// is a section with neither title nor anchor, at level 0.
/// </summary>
public sealed record ChangedSection(string? Title, string? Anchor, int Level, SectionChangeKind Kind);
