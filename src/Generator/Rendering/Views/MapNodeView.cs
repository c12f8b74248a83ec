namespace Generator.Rendering.Views;

/// <summary>
/// A node of the map's list: the page it links to (in the reader's language where translated,
/// else the original in <see cref="Lang"/>) and the nodes it is joined to, grouped as the map
/// groups them.
/// </summary>
public sealed record MapNodeView(string Title, string Url, string Lang, bool IsTranslated, IReadOnlyList<MapLinkGroupView> Links);
