using System.Collections.Immutable;
using Generator.Diagnostics;

namespace Generator.Configuration.Schema;

/// <summary>
/// A page type as site.yml declares it: its kind, its fields and relations (its own and those
/// every type has), the noun messages use ("a city"), its layout, its schema.org type for
/// metadata, whether its pages are citable (citation metadata and "cite this") and whether they
/// are events of the calendar (their <c>date</c>, <c>endDate</c> and <c>location</c>).
/// </summary>
public sealed record TypeDefinition(
    string Name,
    TypeKind Kind,
    ImmutableArray<FieldDefinition> Fields,
    ImmutableArray<RelationDefinition> Relations,
    string Noun,
    string? Layout,
    string? Schema,
    bool Citable,
    bool Calendar,
    SourceRef Where)
{
    /// <summary>The lifecycle of the type's documents (policy documents), or null.</summary>
    public LifecycleDefinition? Lifecycle { get; init; }

    public FieldDefinition? Field(string name) => Fields.FirstOrDefault(f => f.Name == name);

    public RelationDefinition? Relation(string key) => Relations.FirstOrDefault(r => r.Key == key);
}
