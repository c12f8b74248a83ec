using System.Collections.Concurrent;
using Generator.Content;
using Markdig;

namespace Generator.Rendering;

/// <summary>Renders each document's Markdown to HTML once, in parallel; fallback pages reuse their source's HTML.</summary>
public sealed class MarkdownRenderer(MarkdownPipeline pipeline)
{
    public IReadOnlyDictionary<ParsedDocument, RawHtml> Render(IEnumerable<ParsedDocument> documents, int parallelism, CancellationToken cancellationToken)
    {
        var result = new ConcurrentDictionary<ParsedDocument, RawHtml>(ReferenceEqualityComparer.Instance);
        Parallel.ForEach(documents.Distinct(ReferenceEqualityComparer.Instance).Cast<ParsedDocument>(),
            new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = parallelism },
            document => result[document] = new RawHtml(document.Body.ToHtml(pipeline)));
        return result;
    }
}
