namespace Generator.Rendering.Views;

/// <summary>
/// A table-of-contents entry: a heading of level 2 or 3, its id and its text, and for a level 2
/// heading the level 3 headings under it (<see cref="Children"/>), so that a list nests them
/// rather than numbering them in one run.
/// </summary>
public sealed record TocEntry(string Id, string Title, int Level)
{
    public IReadOnlyList<TocEntry> Children { get; init; } = [];
}
