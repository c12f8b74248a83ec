namespace Generator.Rendering.Policy;

/// <summary>
/// What a version changed since the one before (<c>page.comparison</c> on a "what changed" page):
/// the older version, the word-level comparison of their texts (<c>html</c>, with <c>ins</c> and
/// <c>del</c>), the sections that changed, and how many words were added and removed.
/// </summary>
public sealed record ComparisonView(VersionView Older, RawHtml Html, IReadOnlyList<ChangedSectionView> Sections, int Inserted, int Deleted);

/// <summary>A section that changed: its heading, its anchor (null for the text before the first heading) and how (<c>added</c>, <c>removed</c>, <c>changed</c>).</summary>
public sealed record ChangedSectionView(string Title, string? Anchor, string Change)
{
    /// <summary>The heading's level (2 for <c>h2</c>; 0 for the text before the first heading).</summary>
    public int Level { get; init; }
}
