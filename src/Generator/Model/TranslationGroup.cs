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

    /// <summary>
    /// Whether <paramref name="translation"/> was reviewed against an older version of
    /// <paramref name="source"/>: not the source itself, not a draft, and the <c>sourceHash</c> it
    /// records is not the source's content hash now.
    /// </summary>
    public static bool IsStale(ParsedDocument translation, ParsedDocument source) =>
        !ReferenceEquals(translation, source) && !translation.FrontMatter.Draft
        && translation.FrontMatter.SourceHash is { } reviewed && reviewed != source.ContentHash;
}
