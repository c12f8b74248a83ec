using System.Collections.Immutable;
using Generator.Content;

namespace Generator.Linking;

/// <summary>
/// Stage 5's result, frozen: every resolved body link (by document and link number), the edges between
/// translation groups (links and relations, each once), and the related documents per group.
/// </summary>
public sealed class LinkGraph(
    IReadOnlyDictionary<ParsedDocument, ImmutableArray<ResolvedLink?>> links,
    ImmutableHashSet<ParsedDocument> documentsWithLinks,
    ImmutableArray<LinkEdge> edges,
    ImmutableDictionary<string, ImmutableArray<string>> related)
{
    public static readonly LinkGraph Empty = new(
        new Dictionary<ParsedDocument, ImmutableArray<ResolvedLink?>>(), ImmutableHashSet<ParsedDocument>.Empty, [], ImmutableDictionary<string, ImmutableArray<string>>.Empty);

    private IReadOnlyDictionary<ParsedDocument, ImmutableArray<ResolvedLink?>> _overlay = new Dictionary<ParsedDocument, ImmutableArray<ResolvedLink?>>();
    private Lazy<ILookup<string, LinkEdge>> _outgoing = new(() => edges.ToLookup(e => e.Source, StringComparer.Ordinal));
    private Lazy<ILookup<string, LinkEdge>> _incoming = new(() => edges.ToLookup(e => e.Target, StringComparer.Ordinal));

    /// <summary>All edges, ordered by source, target and kind.</summary>
    public ImmutableArray<LinkEdge> Edges { get; } = edges;

    /// <summary>Link <paramref name="index"/> of the document's body (see <see cref="Markdown.CompiledBody.Links"/>), resolved; null when it leads nowhere.</summary>
    public ResolvedLink? Resolve(ParsedDocument document, int index) => LinksOf(document) is { IsDefaultOrEmpty: false } resolved ? resolved[index] : null;

    /// <summary>The document's body links, resolved or null, by link number (empty when none resolved).</summary>
    public ImmutableArray<ResolvedLink?> LinksOf(ParsedDocument document) =>
        _overlay.TryGetValue(document, out var edited) ? edited : links.GetValueOrDefault(document, []);

    /// <summary>True when the document's body has links whose URLs depend on the reader's language.</summary>
    public bool HasLinks(ParsedDocument document) => documentsWithLinks.Contains(document);

    public IEnumerable<LinkEdge> Outgoing(string key) => _outgoing.Value[key];

    public IEnumerable<LinkEdge> Incoming(string key) => _incoming.Value[key];

    /// <summary>
    /// The graph of a site in which some documents were edited without changing their link
    /// targets: edges and related documents stay; the edited documents' links are their new
    /// ones, laid over the others (the old documents are no longer asked for).
    /// </summary>
    public LinkGraph Replacing(IReadOnlyDictionary<ParsedDocument, ParsedDocument> edited, IReadOnlyDictionary<ParsedDocument, ImmutableArray<ResolvedLink?>> newLinks)
    {
        var overlay = new Dictionary<ParsedDocument, ImmutableArray<ResolvedLink?>>(_overlay, ReferenceEqualityComparer.Instance);
        foreach (var (document, resolved) in newLinks)
        {
            overlay[document] = resolved;
        }

        var withLinks = documentsWithLinks.Except(edited.Keys)
            .Union(edited.Where(e => documentsWithLinks.Contains(e.Key)).Select(e => e.Value));
        var graph = new LinkGraph(links, withLinks, Edges, related);
        (graph._overlay, graph._outgoing, graph._incoming) = (overlay, _outgoing, _incoming);
        return graph;
    }

    /// <summary>Up to five related documents' group keys, best first.</summary>
    public ImmutableArray<string> Related(string key) => related.GetValueOrDefault(key, []);
}
