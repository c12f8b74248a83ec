using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Generator.Markdown.Shortcodes;

/// <summary>
/// Reads the markers <see cref="ShortcodeExpander"/> leaves for shortcode tags, as blocks and
/// inlines ahead of every other parser. A plain HTML renderer writes them as nothing; the body
/// compiler writes them as slots that the render stage fills with the shortcode's template.
/// </summary>
public sealed class ShortcodeExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<ShortcodeBlockParser>())
        {
            pipeline.BlockParsers.Insert(0, new ShortcodeBlockParser());
        }

        if (!pipeline.InlineParsers.Contains<ShortcodeInlineParser>())
        {
            pipeline.InlineParsers.Insert(0, new ShortcodeInlineParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.AddIfNotAlready(new SilentBlock());
            html.ObjectRenderers.AddIfNotAlready(new SilentInline());
        }
    }

    private sealed class SilentBlock : HtmlObjectRenderer<ShortcodeMarkerBlock>
    {
        protected override void Write(HtmlRenderer renderer, ShortcodeMarkerBlock obj)
        {
        }
    }

    private sealed class SilentInline : HtmlObjectRenderer<ShortcodeMarkerInline>
    {
        protected override void Write(HtmlRenderer renderer, ShortcodeMarkerInline obj)
        {
        }
    }
}
