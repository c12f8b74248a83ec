using System.Collections.Immutable;
using Generator.Content;
using Markdig.Syntax;

namespace Generator.Linking;

/// <summary>
/// Stage 5's result, frozen: every resolved body link (by its syntax node), the edges between
/// translation groups (links and relations, each once), and the related documents per group.
/// </summary>
public sealed class LinkGraph(
    IReadOnlyDictionary<MarkdownObject, ResolvedLink> links,
    ImmutableHashSet<ParsedDocument> documentsWithLinks,
    ImmutableArray<LinkEdge> edges,
    ImmutableDictionary<string, ImmutableArray<string>> related)
{
    public static readonly LinkGraph Empty = new(
        new Dictionary<MarkdownObject, ResolvedLink>(), ImmutableHashSet<ParsedDocument>.Empty, [], ImmutableDictionary<string, ImmutableArray<string>>.Empty);

    private readonly ILookup<string, LinkEdge> _outgoing = edges.ToLookup(e => e.Source, StringComparer.Ordinal);
    private readonly ILookup<string, LinkEdge> _incoming = edges.ToLookup(e => e.Target, StringComparer.Ordinal);

    /// <summary>All edges, ordered by source, target and kind.</summary>
    public ImmutableArray<LinkEdge> Edges { get; } = edges;

    public ResolvedLink? Resolve(MarkdownObject node) => links.TryGetValue(node, out var link) ? link : null;

    /// <summary>True when the document's body has links whose URLs depend on the reader's language.</summary>
    public bool HasLinks(ParsedDocument document) => documentsWithLinks.Contains(document);

    public IEnumerable<LinkEdge> Outgoing(string key) => _outgoing[key];

    public IEnumerable<LinkEdge> Incoming(string key) => _incoming[key];

    /// <summary>Up to five related documents' group keys, best first.</summary>
    public ImmutableArray<string> Related(string key) => related.GetValueOrDefault(key, []);
}
