using System.Collections.Immutable;
using Generator.Diagnostics;

namespace Generator.Configuration.Schema;

/// <summary>
/// A front-matter field a page type declares: its kind of value, the values an enum allows, the
/// types a reference may name, whether it is required, its default (as written in site.yml), and
/// where site.yml declares it.
/// </summary>
public sealed record FieldDefinition(
    string Name,
    FieldType Type,
    ImmutableArray<string> Values,
    ImmutableArray<string> Targets,
    bool Required,
    string? Default,
    SourceRef Where);
