using System.Text;
using Generator.Markdown;
using Markdig;
using Markdig.Syntax;

namespace Generator.Tests.Markdown;

/// <summary>The safety parsers change nothing Markdig makes of a text, only how long it takes.</summary>
public sealed class MarkdownSafetyExtensionTests
{
    private static readonly MarkdownPipeline Plain = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();
    private static readonly MarkdownPipeline Safe = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Use<MarkdownSafetyExtension>().Build();

    /// <summary>Random short texts of backticks, brackets, parentheses, escapes, spaces and newlines: the same HTML either way.</summary>
    [Fact]
    public void Random_code_spans_and_links_come_out_as_markdig_makes_them()
    {
        const string alphabet = "``````[]()()\\ a<>\n!*\"";
        var random = new Random(20260101);
        for (var sample = 0; sample < 20_000; sample++)
        {
            var text = new StringBuilder();
            for (var i = random.Next(1, 24); i > 0; i--)
            {
                text.Append(alphabet[random.Next(alphabet.Length)]);
            }

            var markdown = text.ToString();
            Assert.True(Markdig.Markdown.ToHtml(markdown, Plain) == Markdig.Markdown.ToHtml(markdown, Safe), "differs for: " + markdown.ReplaceLineEndings("\\n"));
        }
    }

    [Theory]
    [InlineData("[a]: /u\n[b]: /v \"title\"\n[c]:\n  /w\n  'multi\nline'\nText [a] [b] [c].\n")]
    [InlineData("Intro.\n\n[a]: /u\r\n[B  b]: </v w> (t)\r\n\r\n[a]: /again\r\n")]
    [InlineData("> [q]: /q\n> [r]: /r\n> quoted [q]\n\n- [s]: /s\n  [t]: /t\n")]
    [InlineData("[x]: /x\n===\n\n[y]: /y\nHeading\n---\n")]
    public void Link_reference_definitions_are_recorded_with_markdigs_lines_and_spans(string markdown)
    {
        Assert.Equal(Markdig.Markdown.ToHtml(markdown, Plain), Markdig.Markdown.ToHtml(markdown, Safe));
        Assert.Equal(Definitions(Markdig.Markdown.Parse(markdown, Plain)), Definitions(Markdig.Markdown.Parse(markdown, Safe)));
    }

    private static string[] Definitions(MarkdownDocument document) =>
        [.. document.Descendants<LinkReferenceDefinition>()
            .Select(d => $"{d.Label} {d.Url} {d.Title} line {d.Line} span {d.Span} label {d.LabelSpan} url {d.UrlSpan} title {d.TitleSpan}")];
}
