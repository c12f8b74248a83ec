using System.Collections.Immutable;
using Generator.Content;

namespace Generator.Model;

/// <summary>
/// The versions of one document in its languages, joined by path without language suffix or by
/// <c>translationKey</c>. The source is the default-language version, or else the first
/// configured language that has one.
/// </summary>
public sealed record TranslationGroup(string Key, ImmutableDictionary<string, ParsedDocument> Translations, ParsedDocument Source)
{
    /// <summary>The page type of the group: its source's <c>type</c>, else its section's.</summary>
    public string Type { get; init; } = "page";
}
