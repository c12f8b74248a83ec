using System.Collections.Concurrent;
using System.Collections.Immutable;
using Generator.Content;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Generator.Linking;

/// <summary>The heading ids of each document (as Markdig's auto-identifiers made them), computed once.</summary>
public sealed class HeadingIds
{
    private readonly ConcurrentDictionary<ParsedDocument, ImmutableArray<string>> _cache = new(ReferenceEqualityComparer.Instance);

    public ImmutableArray<string> Of(ParsedDocument document) =>
        _cache.GetOrAdd(document, d => [.. d.Body.Descendants<HeadingBlock>()
            .Select(h => h.GetAttributes().Id)
            .OfType<string>()]);
}
