using System.Collections.Immutable;

namespace Generator.Rendering.KnowledgeMap;

/// <summary>The nodes of one page type, under its label in the map's language, in the order the map draws and lists them.</summary>
public sealed record MapGroup(string Type, string Label, ImmutableArray<MapNode> Nodes);
