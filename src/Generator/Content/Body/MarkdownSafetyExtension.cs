using Markdig;
using Markdig.Renderers;

namespace Generator.Content.Body;

/// <summary>
/// Keeps Markdig within bounds on any text without changing what it makes of it: guards that
/// stop the parse where the nesting passes <see cref="NestingLimits"/>. Use it after the other
/// extensions, so the guards are asked first.
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
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
