using System.Collections.Immutable;
using Generator.Diagnostics;

namespace Generator.Configuration.Schema;

/// <summary>
/// A relation: a front-matter key whose values name other pages by id. <see cref="Targets"/>
/// are the types its values may name (none: any page). <see cref="Weight"/> scores documents
/// that share a target for related content; <see cref="Direct"/> scores two documents of which
/// one names the other. <see cref="Label"/> is the UI-string key of the list on the page;
/// <see cref="Inverse"/>, when given, the key of the inverse list on the target (else
/// <c>inverse.{source section}.{target section}</c>). <see cref="Filter"/> names a search filter.
/// <see cref="Schema"/> names the schema.org property the targets fill in a page's metadata
/// (<c>author</c>: the people who wrote a news item), each target as its type's schema.org type.
/// </summary>
public sealed record RelationDefinition(
    string Key,
    ImmutableArray<string> Targets,
    int Weight,
    int Direct,
    string Label,
    string? Inverse,
    string? Filter,
    SourceRef Where)
{
    /// <summary>The schema.org property of the source the targets fill (<c>author</c>, <c>contributor</c>, <c>about</c>), or null.</summary>
    public string? Schema { get; init; }

    public bool AnyTarget => Targets.IsEmpty;
}
