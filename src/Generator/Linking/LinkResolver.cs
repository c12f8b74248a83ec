using System.Collections.Concurrent;
using System.Collections.Immutable;
using Generator.Content;
using Generator.Diagnostics;
using Generator.Model;
using Generator.Markdown;

namespace Generator.Linking;

/// <summary>
/// Stage 5: resolves every relation in front matter and every link in a body (wikilinks and
/// Markdown links to source files) against the site model, in parallel; reports each
/// unresolved, ambiguous or wrong-kind reference and each missing anchor at its exact position;
/// and builds the <see cref="LinkGraph"/> with backlinks and related documents.
/// </summary>
public sealed class LinkResolver(SiteModel model, IReadOnlyDictionary<string, string>? formerIds = null)
{
    private readonly ReferenceResolver _references = new(
        new EntityIndex(model.Groups.Values) { Unpublished = model.Unpublished, FormerIds = formerIds ?? new Dictionary<string, string>() }, model.Config);

    public LinkGraph Resolve(DiagnosticBag diagnostics, int parallelism, CancellationToken cancellationToken)
    {
        var links = new ConcurrentDictionary<ParsedDocument, ImmutableArray<ResolvedLink?>>(ReferenceEqualityComparer.Instance);
        var withLinks = new ConcurrentDictionary<ParsedDocument, byte>(ReferenceEqualityComparer.Instance);
        var edges = new ConcurrentBag<LinkEdge>();
        var documents = model.Groups.Values.SelectMany(g => g.Translations.Values.Select(d => (Group: g, Document: d))).ToArray();
        Parallel.ForEach(documents, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = parallelism }, item =>
            InternalError.Guard(diagnostics, "resolving the links of this file", item.Document.File, () =>
            {
                var (group, document) = item;
                foreach (var (key, values) in document.FrontMatter.Relations)
                {
                    foreach (var (value, where) in values)
                    {
                        if (_references.Relation(key, value, where, group.Type, diagnostics) is { } target)
                        {
                            edges.Add(new LinkEdge(group.Key, target.Key, key));
                        }
                    }
                }

                var resolved = ResolveBody(document, diagnostics);
                if (resolved.Any(link => link is not null))
                {
                    links[document] = resolved;
                    withLinks.TryAdd(document, 0);
                }

                foreach (var link in resolved.OfType<ResolvedLink>())
                {
                    edges.Add(new LinkEdge(group.Key, link.Target.Key, "link"));
                }
            }));

        var orderedEdges = edges.Distinct()
            .OrderBy(e => e.Source, StringComparer.Ordinal).ThenBy(e => e.Target, StringComparer.Ordinal).ThenBy(e => e.Kind, StringComparer.Ordinal)
            .ToImmutableArray();
        // Earlier versions of documents: their bodies' links lead somewhere too, but they add nothing to the graph.
        Parallel.ForEach(model.Versions.Values.SelectMany(h => h.Versions).Where(v => !v.IsCurrent).Select(v => v.Document),
            new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = parallelism }, document =>
            InternalError.Guard(diagnostics, "resolving the links of this file", document.File, () =>
            {
                var resolved = ResolveBody(document, diagnostics);
                if (resolved.Any(link => link is not null))
                {
                    links[document] = resolved;
                    withLinks.TryAdd(document, 0);
                }
            }));

        new SupersessionCheck(model).Check(orderedEdges, diagnostics);
        var related = new RelatedScorer(model).Score(orderedEdges, parallelism, cancellationToken);
        return new LinkGraph(links, withLinks.Keys.ToImmutableHashSet(ReferenceEqualityComparer.Instance as IEqualityComparer<ParsedDocument>), orderedEdges, related);
    }

    /// <summary>The wikilinks and links to source files in one document's body, resolved (null where one leads nowhere), each missing anchor reported.</summary>
    public ImmutableArray<ResolvedLink?> ResolveBody(ParsedDocument document, DiagnosticBag diagnostics)
    {
        var found = ImmutableArray.CreateBuilder<ResolvedLink?>(document.Body.Links.Length);
        foreach (var bodyLink in document.Body.Links)
        {
            var link = bodyLink.Kind is BodyLinkKind.Wiki or BodyLinkKind.Ref
                ? _references.WikiLink(bodyLink, document, diagnostics)
                : _references.FileLink(bodyLink, document, diagnostics);
            found.Add(link);
            if (link?.Anchor is { } anchor)
            {
                CheckAnchor(link.Target, anchor, document, bodyLink, diagnostics);
            }
        }

        return found.MoveToImmutable();
    }

    /// <summary>
    /// The anchor must be a heading id of the target as shown to the link's own language; an HTML
    /// page's ids are known only once built, so the output link checker checks those.
    /// </summary>
    private void CheckAnchor(TranslationGroup target, string anchor, ParsedDocument document, BodyLink link, DiagnosticBag diagnostics)
    {
        var targetDocument = target.Translations.GetValueOrDefault(document.Language) ?? target.Source;
        if (targetDocument.Path.IsHtml)
        {
            return;
        }

        var ids = targetDocument.Body.HeadingIds.ToImmutableArray();
        if (ids.Contains(anchor))
        {
            return;
        }

        var suggestion = DidYouMean.Suggest(anchor, ids);
        var hint = suggestion is not null ? $"did you mean '#{suggestion}'?"
            : ids.IsEmpty ? $"{targetDocument.File} has no headings"
            : "its headings: " + string.Join(", ", ids.Take(8).Select(id => "#" + id));
        diagnostics.Error(DiagnosticCodes.MissingAnchor, new SourceRef(document.File, link.Position),
            $"'#{anchor}' is not a heading in {targetDocument.File}", hint);
    }
}
