using System.Collections.Immutable;
using Generator.Diagnostics;

namespace Generator.Configuration;

/// <summary>
/// A menu entry: a content page (by its path without language suffix, e.g. <c>working-group</c>
/// or <c>events/_index</c>), a section (its list page), the knowledge map (<c>map: true</c>) or an
/// external URL with labels per language.
/// </summary>
public sealed record MenuItemConfig(
    string? Page,
    string? Section,
    string? Url,
    ImmutableDictionary<string, string> Labels,
    SourceRef Where)
{
    /// <summary>The entry is the knowledge map's page (<c>- map: true</c>).</summary>
    public bool Map { get; init; }
}
