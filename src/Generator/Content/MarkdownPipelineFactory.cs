using Markdig;
using Generator.Linking;
using Markdig.Extensions.AutoIdentifiers;

namespace Generator.Content;

/// <summary>Builds the one Markdig pipeline a build uses (immutable and thread-safe once built).</summary>
public static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Create() =>
        new MarkdownPipelineBuilder()
            .UsePreciseSourceLocation()
            .UseAutoIdentifiers(AutoIdentifierOptions.AllowOnlyAscii)
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
            .Use<WikiLinkExtension>()
            .Build();
}
