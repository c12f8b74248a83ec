using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace Generator.Markdown;

/// <summary>
/// Builds the Markdig pipelines (immutable and thread-safe once built): the one a build uses,
/// and the same machinery over plain CommonMark, against which the wikilinks are checked.
/// </summary>
public static class MarkdownPipelineFactory
{
    /// <summary>The site's pipeline: CommonMark, Markdig's extensions the site uses, wikilinks, and the safety parsers.</summary>
    public static MarkdownPipeline Create() =>
        new MarkdownPipelineBuilder().UsePreciseSourceLocation().UseSiteExtensions().Use<WikiLinkExtension>().Use<Shortcodes.ShortcodeExtension>().Use<MarkdownSafetyExtension>().Build();

    /// <summary>The site's machinery without Markdig's extensions: CommonMark, wikilinks and the safety parsers only.</summary>
    public static MarkdownPipeline CreateCommonMark() =>
        new MarkdownPipelineBuilder().UsePreciseSourceLocation().Use<WikiLinkExtension>().Use<Shortcodes.ShortcodeExtension>().Use<MarkdownSafetyExtension>().Build();

    /// <summary>The Markdig extensions the site's pipeline adds to CommonMark, on their own.</summary>
    public static MarkdownPipelineBuilder UseSiteExtensions(this MarkdownPipelineBuilder builder) =>
        builder
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
            .UseGenericAttributes();
}
