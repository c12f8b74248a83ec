using System.Collections.Concurrent;
using Generator.Content;
using Generator.Linking;
using Generator.Model;
using Generator.Rendering.Markdown;
using Markdig.Renderers;

namespace Generator.Rendering;

/// <summary>
/// Gives each document's body its final HTML, in parallel: the compiled body with its link
/// slots filled, once per document, or once per reader language for a document whose links lead
/// to language-dependent pages. Fallback pages reuse the HTML made for their language.
/// </summary>
public sealed class MarkdownRenderer(SiteModel model, LinkGraph graph)
{
    public RenderedMarkdown Render(IEnumerable<PageEntry> pages, int parallelism, CancellationToken cancellationToken)
    {
        var jobs = pages.Where(p => p.Document is not null)
            .Select(p => (Document: p.Document!, Language: graph.HasLinks(p.Document!) ? p.Language : p.Document!.Language))
            .Distinct(new DocumentLanguageComparer())
            .ToArray();
        var result = new ConcurrentDictionary<(ParsedDocument, string), RawHtml>(new DocumentLanguageComparer());
        Parallel.ForEach(jobs, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = parallelism },
            job => result[(job.Document, job.Language)] = new RawHtml(RenderOne(job.Document, job.Language)));
        return new RenderedMarkdown(result, graph);
    }

    private string RenderOne(ParsedDocument document, string language)
    {
        if (document.Body.Html.Parts is [Content.Body.HtmlPart only])
        {
            return only.Html;
        }

        using var writer = new StringWriter();
        new BodyLinkWriter(new LinkRenderContext(model, graph, document, language), new HtmlRenderer(writer)).Write(document.Body.Html);
        return writer.ToString();
    }

    private sealed class DocumentLanguageComparer : IEqualityComparer<(ParsedDocument Document, string Language)>
    {
        public bool Equals((ParsedDocument Document, string Language) x, (ParsedDocument Document, string Language) y) =>
            ReferenceEquals(x.Document, y.Document) && x.Language == y.Language;

        public int GetHashCode((ParsedDocument Document, string Language) obj) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Document), obj.Language);
    }
}
