namespace Generator.Rendering.Views;

/// <summary>One <c>&lt;meta&gt;</c> element of the head: <c>name</c> or <c>property</c> (Open Graph), and its content.</summary>
public sealed record MetaTag(string? Name, string? Property, string Content);

/// <summary>A feed or calendar the head announces with <c>&lt;link rel="alternate"&gt;</c>.</summary>
public sealed record FeedLink(string Title, string Url, string Type);

/// <summary>How to cite a publication: a one-line reference, BibTeX and RIS.</summary>
public sealed record CitationView(string Text, string Bibtex, string Ris);

/// <summary>
/// What a page tells machines about itself: its description, Open Graph and citation
/// <c>&lt;meta&gt;</c> elements, schema.org JSON-LD (already serialized, safe inside a script
/// element), the feeds of its language, and for an event its iCalendar file.
/// </summary>
public sealed record MetaView
{
    public required string Description { get; init; }
    public required IReadOnlyList<MetaTag> Tags { get; init; }
    public required RawHtml JsonLd { get; init; }
    public required IReadOnlyList<FeedLink> Feeds { get; init; }
    public string? Calendar { get; init; }
    public CitationView? Citation { get; init; }
}
