using System.Collections.Immutable;
using Generator.Diagnostics;

namespace Generator.Configuration.Schema;

/// <summary>
/// A taxonomy as site.yml declares it: its name (the front-matter key that lists a page's terms,
/// and the content folder of its term pages), its URL segment and title per language. Term pages
/// (<c>content/tags/volunteering.fr.md</c>) give a term its title and slug per language.
/// </summary>
public sealed record TaxonomyDefinition(string Name, ImmutableDictionary<string, string> Segments, ImmutableDictionary<string, string> Titles, SourceRef Where)
{
    /// <summary>The type of term pages, the files in a taxonomy's content folder.</summary>
    public const string TermType = "term";

    /// <summary>The taxonomy a site has when site.yml declares none: <c>tags</c>.</summary>
    public static TaxonomyDefinition Tags { get; } = new("tags", ImmutableDictionary<string, string>.Empty, ImmutableDictionary<string, string>.Empty, new SourceRef("site.yml"));

    public string Segment(string language) => Segments.GetValueOrDefault(language, Name);
}
