using System.Text;
using System.Text.RegularExpressions;
using Generator.Content;
using Generator.Markdown;
using Markdig;
using Xunit.Abstractions;

namespace Generator.Tests.Markdown;

/// <summary>
/// The wikilink extension and the safety parsers never change the meaning of valid CommonMark:
/// every example of the specification without <c>[[</c> comes out of the site's machinery (parse,
/// <see cref="BodyCompiler"/>, link slots filled as Markdig writes those links) exactly as Markdig
/// writes it. Once over plain CommonMark, and once with the Markdig extensions the site uses.
/// </summary>
public sealed partial class CommonMarkSpecTests(ITestOutputHelper output)
{
    [Fact]
    public void The_specification_has_its_652_examples() =>
        Assert.Equal(652, CommonMarkSpec.Examples.Count);

    [Fact]
    public void Every_example_without_double_brackets_renders_as_markdigs_CommonMark() =>
        Compare(MarkdownPipelineFactory.CreateCommonMark(), new MarkdownPipelineBuilder().Build());

    [Fact]
    public void Every_example_without_double_brackets_renders_as_markdig_with_the_sites_extensions() =>
        Compare(MarkdownPipelineFactory.Create(), new MarkdownPipelineBuilder().UseSiteExtensions().Build());

    /// <summary>
    /// The site's heading renderer (the site's choice, not the parser's) puts a heading's text in a
    /// link to itself, and starts the heading on a line of its own where Markdig writes
    /// <c>&lt;li&gt;&lt;h1&gt;</c> in a tight list: both are taken out again before comparing.
    /// </summary>
    private static string WithoutHeadingRendering(string html) =>
        HeadingOnItsOwnLine().Replace(HeadingAnchor().Replace(html, "$1$3$4"), "$1$2");

    private void Compare(MarkdownPipeline site, MarkdownPipeline markdig)
    {
        var compiler = new BodyCompiler(site);
        var (compared, skipped) = (0, 0);
        var differences = new StringBuilder();
        foreach (var example in CommonMarkSpec.Examples)
        {
            if (example.Markdown.Contains("[[", StringComparison.Ordinal))
            {
                skipped++;
                continue;
            }

            compared++;
            var expected = Markdig.Markdown.ToHtml(example.Markdown, markdig);
            var body = compiler.Compile(Markdig.Markdown.Parse(example.Markdown, site), 1);
            var actual = WithoutHeadingRendering(Fill(body.Html, body));
            if (actual != expected)
            {
                differences.Append($"example {example.Number} ({example.Section}):\n{example.Markdown}--- Markdig:\n{expected}--- site:\n{actual}\n");
            }
        }

        output.WriteLine($"CommonMark {CommonMarkSpec.Version}: {compared} examples compared, {skipped} skipped (they contain [[)");
        Assert.True(differences.Length == 0, differences.ToString());
        Assert.True(compared > 600, $"only {compared} examples compared");
    }

    /// <summary>The body's HTML with each link slot written as Markdig writes the link (wikilinks never occur without [[).</summary>
    private static string Fill(BodyHtml html, CompiledBody body)
    {
        var text = new StringBuilder();
        foreach (var part in html.Parts)
        {
            text.Append(part switch
            {
                HtmlPart written => written.Html,
                LinkSlot { Link: var index } when body.Links[index].Kind == BodyLinkKind.File => Fill(body.Links[index].Fallback, body),
                _ => throw new InvalidOperationException("a wikilink in an example without [["),
            });
        }

        return text.ToString();
    }

    [GeneratedRegex("""(<h([1-6])[^>]*>)<a class="heading-anchor" href="#[^"]*">(.*?)</a>(</h\2>)""", RegexOptions.Singleline)]
    private static partial Regex HeadingAnchor();

    [GeneratedRegex("(<li>)\n(<h[1-6])")]
    private static partial Regex HeadingOnItsOwnLine();
}
