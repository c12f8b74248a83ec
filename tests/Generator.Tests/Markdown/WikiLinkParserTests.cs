using Generator.Markdown;
using Generator.Content;
using Generator.Linking;
using Markdig;
using Markdig.Syntax;

namespace Generator.Tests.Markdown;

public sealed class WikiLinkParserTests
{
    private static readonly MarkdownPipeline Pipeline = MarkdownPipelineFactory.Create();

    private static string[] Links(string markdown) =>
        [.. Markdig.Markdown.Parse(markdown, Pipeline).Descendants<WikiLinkInline>()
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
    [InlineData("[[a`]]`")]
    [InlineData("[[a<b>]]</b>")]
    public void Leaves_code_and_malformed_brackets_alone(string markdown) =>
        Assert.Empty(Links(markdown));

    /// <summary>Brackets that mean something in CommonMark keep that meaning: the same HTML as Markdig's own pipeline, and no wikilink.</summary>
    [Theory]
    [InlineData("[[1]](https://example.org)")]
    [InlineData("[[1]](https://example.org \"title\")")]
    [InlineData("[[1]](<https://example.org>)")]
    [InlineData("[[1]][ref]\n\n[ref]: /url")]
    [InlineData("[[foo]]\n\n[foo]: /url")]
    [InlineData("[[Foo  Bar]]\n\n[foo bar]: /url")]
    [InlineData("[[foo|bar]] and [[x]][foo|bar]\n\n[foo|bar]: /url")]
    [InlineData("![[1]](/image.png)")]
    public void Keeps_the_CommonMark_meaning_of_links_written_with_double_brackets(string markdown)
    {
        Assert.Empty(Links(markdown));
        Assert.Equal(Markdig.Markdown.ToHtml(markdown, new MarkdownPipelineBuilder().Build()), Markdig.Markdown.ToHtml(markdown, Pipeline));
    }

    [Theory]
    [InlineData("[[a]](not a link", "a||@0:0")]
    [InlineData("[[a]](b", "a||@0:0")]
    [InlineData("[[a]][undefined]", "a||@0:0")]
    [InlineData("[[a]][]", "a||@0:0")]
    [InlineData("[[foo]]\n\n[bar]: /url", "foo||@0:0")]
    public void Still_reads_double_brackets_that_CommonMark_leaves_as_text(string markdown, string expected) =>
        Assert.Equal([expected], Links(markdown));

    [Fact]
    public void Reads_two_hundred_thousand_openers_in_linear_time()
    {
        var text = string.Concat(Enumerable.Repeat("[[a", 200_000));
        var clock = Generator.Tests.Support.ThreadClock.Now();
        var slice = new Markdig.Helpers.StringSlice(text);
        var parser = new WikiLinkParser();
        var processor = new Markdig.Parsers.InlineProcessor(new MarkdownDocument(), new Markdig.Parsers.InlineParserList([parser]), false, null, false);
        for (var i = 0; i < text.Length; i += 3)
        {
            slice.Start = i;
            Assert.False(parser.Match(processor, ref slice));
        }

        // Processor time of this thread, which a busy machine does not stretch; the old parser took 3.6 s.
        var used = Generator.Tests.Support.ThreadClock.Now() - clock;
        Assert.True(used < TimeSpan.FromSeconds(1), $"200,000 unclosed [[ took {used} of processor time");
    }
}
