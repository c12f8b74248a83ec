using System.Collections.Immutable;
using Generator.Dates;
using Generator.Diagnostics;

namespace Generator.Content;

/// <summary>
/// The typed front matter of one document. Keys the generator does not know are kept in
/// <see cref="Params"/> for templates (as are the entries of an explicit <c>params</c> mapping).
/// <see cref="Positions"/> holds where each key's value stands, for later diagnostics.
/// </summary>
public sealed record FrontMatter
{
    public string Title { get; init; } = string.Empty;

    /// <summary>The publication or event date, as precise as written (a year, a month, a day or a moment); from the file name when front matter has none.</summary>
    public DateValue? Date { get; init; }

    public DateValue? Updated { get; init; }

    public DateValue? EndDate { get; init; }

    public string? Summary { get; init; }

    /// <summary>The summary is the body's first lines (before <c>&lt;!--more--&gt;</c>): the page shows them already.</summary>
    public bool SummaryInBody { get; init; }

    public bool Draft { get; init; }

    /// <summary>Not published before this moment (the first moment of a year or month written alone).</summary>
    public DateTimeOffset? PublishDate { get; init; }

    /// <summary>Not published from this moment on (the first moment of a year or month written alone).</summary>
    public DateTimeOffset? ExpiryDate { get; init; }

    public string? Slug { get; init; }

    /// <summary>The page's whole path as written in <c>url</c>, between slashes (<c>/about-us/</c>, <c>/fr/a-propos/</c>).</summary>
    public string? Url { get; init; }

    public ImmutableArray<(string Value, SourceRef Where)> Aliases { get; init; } = [];

    public int Weight { get; init; }

    /// <summary>The page's terms per taxonomy (its front-matter key), trimmed, as written.</summary>
    public ImmutableSortedDictionary<string, ImmutableArray<string>> Terms { get; init; } = ImmutableSortedDictionary<string, ImmutableArray<string>>.Empty;

    /// <summary>The terms of the <c>tags</c> taxonomy.</summary>
    public ImmutableArray<string> Tags => Terms.GetValueOrDefault(FrontMatterKeys.Tags, []);

    public string? Type { get; init; }

    public string? Layout { get; init; }

    public string? TranslationKey { get; init; }

    public string? Location { get; init; }

    /// <summary>A document's status, when its type declares a field <c>status</c> (drafts carry a notice).</summary>
    public string? Status { get; init; }

    /// <summary>In a translation: the content hash of the source text it was made from (see <c>translations --review</c>).</summary>
    public string? SourceHash { get; init; }

    /// <summary>Typed relations to entities and documents (<c>topics</c>, <c>cities</c>, ... <c>supersedes</c>), each value with its position.</summary>
    public ImmutableSortedDictionary<string, ImmutableArray<(string Value, SourceRef Where)>> Relations { get; init; } =
        ImmutableSortedDictionary<string, ImmutableArray<(string Value, SourceRef Where)>>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>The declared fields' values (defaults included), by name: text, dates, numbers, booleans, lists.</summary>
    public ImmutableSortedDictionary<string, object?> Fields { get; init; } =
        ImmutableSortedDictionary<string, object?>.Empty.WithComparers(StringComparer.Ordinal);

    public ImmutableSortedDictionary<string, object?> Params { get; init; } =
        ImmutableSortedDictionary<string, object?>.Empty.WithComparers(StringComparer.Ordinal);

    public ImmutableDictionary<string, SourceRef> Positions { get; init; } =
        ImmutableDictionary<string, SourceRef>.Empty;

    /// <summary>Where a key's value stands, or the start of the file when the key is absent.</summary>
    public SourceRef PositionOf(string key, string file) =>
        Positions.TryGetValue(key, out var where) ? where : new SourceRef(file);
}
