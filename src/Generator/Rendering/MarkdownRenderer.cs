using System.Collections.Concurrent;
using Generator.Content;
using Generator.Linking;
using Generator.Model;
using Generator.Rendering.Markdown;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;

namespace Generator.Rendering;

/// <summary>
/// Renders each document's Markdown to HTML, in parallel: once per document, or once per reader
/// language for a document whose links lead to language-dependent pages. Fallback pages reuse
/// the HTML made for their language.
/// </summary>
public sealed class MarkdownRenderer(MarkdownPipeline pipeline, SiteModel model, LinkGraph graph)
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
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        var context = new LinkRenderContext(model, graph, document, language);
        renderer.ObjectRenderers.Replace<LinkInlineRenderer>(new FileLinkRenderer(context));
        renderer.ObjectRenderers.Insert(0, new WikiLinkRenderer(context));
        renderer.ObjectRenderers.Replace<Markdig.Renderers.Html.HeadingRenderer>(new AnchoredHeadingRenderer());
        renderer.Render(document.Body);
        writer.Flush();
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
