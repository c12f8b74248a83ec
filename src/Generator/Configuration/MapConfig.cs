using System.Collections.Immutable;
using Generator.Diagnostics;

namespace Generator.Configuration;

/// <summary>
/// The knowledge map, from site.yml's <c>map:</c>: a page per language that draws the relations
/// between pages. <c>map: false</c> turns it off; <c>map: { segments: {...}, titles: {...} }</c>
/// gives its URL segment and title per language (else <c>map</c> and the UI string
/// <c>map.title</c>). It is made only on a site whose content uses a relation its model declares.
/// </summary>
public sealed record MapConfig(bool Enabled, ImmutableDictionary<string, string> Segments, ImmutableDictionary<string, string> Titles, SourceRef Where)
{
    /// <summary>The segment of the map's URL in a language site.yml gives none for.</summary>
    public const string DefaultSegment = "map";

    /// <summary>What a site that says nothing gets: the map, at <c>/{lang}/map/</c>.</summary>
    public static MapConfig Default { get; } = new(true, ImmutableDictionary<string, string>.Empty, ImmutableDictionary<string, string>.Empty, new SourceRef("site.yml"));

    public string Segment(string language) => Segments.GetValueOrDefault(language, DefaultSegment);
}
