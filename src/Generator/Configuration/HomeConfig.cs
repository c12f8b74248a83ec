using System.Collections.Immutable;
using Generator.Diagnostics;

namespace Generator.Configuration;

/// <summary>
/// What the home page features, from site.yml's <c>home:</c>: blocks of pages, each from one or
/// more sections. Without <c>home:</c> the home page features every section of a document or
/// calendar type (see <see cref="HomeFeature"/>).
/// </summary>
public sealed record HomeConfig(ImmutableArray<HomeFeature> Features, bool Declared);

/// <summary>
/// One block of the home page: the pages of <paramref name="Sections"/> in the reader's language
/// (each section newest first, one after another), optionally only the <c>upcoming</c> or
/// <c>past</c> ones, at most <paramref name="Limit"/>; its heading (a UI-string key or titles
/// per language), the text shown when it is empty, a link to the first section's list labelled
/// by <paramref name="More"/>, and its <paramref name="Style"/>: <c>list</c> (dates and
/// summaries) or <c>links</c> (titles only).
/// </summary>
public sealed record HomeFeature(
    string Id,
    ImmutableArray<string> Sections,
    string? Filter,
    int Limit,
    string? Title,
    ImmutableDictionary<string, string> Titles,
    string? Empty,
    string? More,
    string Style,
    SourceRef Where);

/// <summary>Who publishes the site, from site.yml's <c>publisher:</c>: the page about them, and their name per language.</summary>
public sealed record PublisherConfig(string? Page, ImmutableDictionary<string, string> Names, SourceRef Where);
