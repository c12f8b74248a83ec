using Generator.Content;
using Generator.Linking;
using Markdig;
using Markdig.Syntax;

namespace Generator.Tests.Linking;

public sealed class WikiLinkParserTests
{
    private static readonly MarkdownPipeline Pipeline = MarkdownPipelineFactory.Create();

    private static string[] Links(string markdown) =>
        [.. Markdown.Parse(markdown, Pipeline).Descendants<WikiLinkInline>()
            .Select(l => $"{l.Target}|{l.Anchor}|{l.Label}@{l.Line}:{l.Column}")];

    [Theory]
    [InlineData("[[values]]", "values||@0:0")]
    [InlineData("See [[projects/values|the project]].", "projects/values||the project@0:4")]
    [InlineData("x [[cities/antwerp#housing-first]]", "cities/antwerp|housing-first|@0:2")]
    [InlineData("line one\n  and [[a#b|c d]] here", "a|b|c d@1:6")]
    [InlineData("- item [[ spaced  |  label ]]", "spaced||label@0:7")]
    public void Parses_target_anchor_label_and_position(string markdown, string expected) =>
        Assert.Equal([expected], Links(markdown));

    [Theory]
    [InlineData("`[[in code]]`")]
    [InlineData("```\n[[fenced]]\n```")]
    [InlineData("    [[indented code]]")]
    [InlineData("[[unclosed")]
    [InlineData("[[]]")]
    [InlineData("[[ | label]]")]
    [InlineData("[[two\nlines]]")]
    [InlineData("[single](link)")]
    public void Leaves_code_and_malformed_brackets_alone(string markdown) =>
        Assert.Empty(Links(markdown));
}
