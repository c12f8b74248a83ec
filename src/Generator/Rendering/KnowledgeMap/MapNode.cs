using Generator.Model;

namespace Generator.Rendering.KnowledgeMap;

/// <summary>A node of the map: a translation group, by key, with its type and the page a reader of the map's language is sent to.</summary>
public sealed record MapNode(string Key, string Type, PageEntry Page);
