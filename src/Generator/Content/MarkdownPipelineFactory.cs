using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace Generator.Content;

/// <summary>Builds the one Markdig pipeline a build uses (immutable and thread-safe once built).</summary>
public static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Create() =>
        new MarkdownPipelineBuilder()
            .UsePreciseSourceLocation()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UsePipeTables()
            .UseGridTables()
            .UseFootnotes()
            .UseDefinitionLists()
            .UseEmphasisExtras()
            .UseListExtras()
            .UseTaskLists()
            .UseAutoLinks()
            .UseAbbreviations()
            .UseFigures()
            .UseGenericAttributes()
            .Build();
}
