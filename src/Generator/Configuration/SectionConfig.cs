using System.Collections.Immutable;

namespace Generator.Configuration;

/// <summary>
/// A content section (the first folder under <c>input/content/</c>): its page type, its URL
/// segment and title per language, and its list page size.
/// </summary>
public sealed record SectionConfig(
    string Name,
    string Type,
    ImmutableDictionary<string, string> Segments,
    ImmutableDictionary<string, string> Titles,
    int PageSize)
{
    public string Segment(string language) => Segments.GetValueOrDefault(language, Name);
}
