namespace Generator.Rendering.Views;

/// <summary>A table-of-contents entry: a heading of level 2 or 3, its id and its text.</summary>
public sealed record TocEntry(string Id, string Title, int Level);
