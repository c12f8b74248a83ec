using Markdig;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace Generator.Markdown;

/// <summary>
/// Keeps Markdig within bounds on any text without changing what it makes of it: guards that
/// stop the parse where the nesting passes <see cref="NestingLimits"/>, and Markdig's code span,
/// link and paragraph parsers spared the scans that made some texts take quadratic time. Use it
/// after the other extensions, so the guards are asked first.
/// </summary>
public sealed class MarkdownSafetyExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<BlockNestingGuard>())
        {
            pipeline.BlockParsers.Insert(0, new BlockNestingGuard());
        }

        if (!pipeline.InlineParsers.Contains<InlineNestingGuard>())
        {
            pipeline.InlineParsers.Insert(0, new InlineNestingGuard());
        }

        if (!pipeline.InlineParsers.Contains<CodeSpanParser>())
        {
            pipeline.InlineParsers.Replace<CodeInlineParser>(new CodeSpanParser());
        }

        if (!pipeline.InlineParsers.Contains<LinkParser>() && pipeline.InlineParsers.Find<LinkInlineParser>() is { } links)
        {
            pipeline.InlineParsers.Replace<LinkInlineParser>(new LinkParser(links.Options));
        }

        if (!pipeline.BlockParsers.Contains<ParagraphParser>() && pipeline.BlockParsers.FindExact<ParagraphBlockParser>() is { } paragraphs)
        {
            pipeline.BlockParsers.InsertBefore<ParagraphBlockParser>(new ParagraphParser(paragraphs));
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
