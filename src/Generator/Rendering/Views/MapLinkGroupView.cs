namespace Generator.Rendering.Views;

/// <summary>The nodes of one group that a node is joined to, under the group's label.</summary>
public sealed record MapLinkGroupView(string Type, string Label, int Style, IReadOnlyList<LinkView> Items);
