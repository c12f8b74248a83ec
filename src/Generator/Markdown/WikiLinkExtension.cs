using Markdig;
using Markdig.Renderers;

namespace Generator.Markdown;

/// <summary>Adds the wikilink parser ahead of Markdig's link parser. Rendering is per page language (see the link renderers).</summary>
public sealed class WikiLinkExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<WikiLinkParser>())
        {
            pipeline.InlineParsers.Insert(0, new WikiLinkParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
