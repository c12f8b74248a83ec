namespace Generator.Rendering.Views;

/// <summary>
/// One list of links at the foot of a page: its heading's id (<c>kb-rel-topics</c>), its class
/// (<c>relations</c>, <c>related</c>, <c>backlinks</c>), its heading and its links.
/// </summary>
public sealed record KnowledgeGroupView(string Id, string Class, string Label, IReadOnlyList<LinkView> Items);
