namespace Generator.Linking;

/// <summary>
/// An edge of the knowledge graph between two translation groups: <see cref="Kind"/> is
/// <c>link</c> for a link in the body, or the relation key (<c>topics</c>, <c>cities</c>, ...).
/// </summary>
public sealed record LinkEdge(string Source, string Target, string Kind);
