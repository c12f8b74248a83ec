using Generator.Content;
using Generator.Markdown;
using Generator.Diagnostics;
using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;

namespace Generator.Tests.Markdown;

public sealed class BodyReaderTests
{
    [Fact]
    public void Markdigs_own_depth_limit_is_reported_at_the_end_of_the_shortest_failing_start()
    {
        // Without the guards, Markdig throws for 300 nested quotes after reading the whole body; the
        // shortest start that fails (for Markdig or for the walk that finds nesting past 100) ends at the 101st marker.
        var reader = new BodyReader(new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build());
        var diagnostics = new DiagnosticBag();

        var body = reader.Read("Intro.\n\n" + new string('>', 300) + " a\n", 4, "input/content/deep.en.md", diagnostics);

        Assert.Same(CompiledBody.Empty, body);
        var error = Assert.Single(diagnostics.ToImmutableSorted());
        Assert.Equal("input/content/deep.en.md(6,101): error GEN017: Markdown nested too deeply", error.ToString());
        Assert.StartsWith("the Markdown parser's nesting limit is reached here", error.Hint);
    }

    [Fact]
    public void Any_other_exception_from_the_parser_becomes_an_internal_error_at_the_file()
    {
        var builder = new MarkdownPipelineBuilder();
        builder.InlineParsers.Insert(0, new ThrowingParser());
        var diagnostics = new DiagnosticBag();

        var body = new BodyReader(builder.Build()).Read("Text with a ~ here.\n", 4, "input/content/odd.en.md", diagnostics);

        Assert.Same(CompiledBody.Empty, body);
        var error = Assert.Single(diagnostics.ToImmutableSorted());
        Assert.StartsWith("input/content/odd.en.md(4,1): error GEN900: internal error while parsing the Markdown of this file: ", error.ToString());
        Assert.Contains("a parser's bug", error.Message);
    }

    [Fact]
    public void A_body_after_one_that_failed_is_compiled_as_it_would_be_alone()
    {
        var pipeline = MarkdownPipelineFactory.Create();
        var reader = new BodyReader(pipeline);
        const string text = "# Title\n\n> quoted *words* and a [link](https://example.org)\n";
        var alone = Html(new BodyReader(pipeline).Read(text, 1, "a.md", new DiagnosticBag()));

        reader.Read(new string('*', 5_000) + "a" + new string('*', 5_000), 1, "deep.md", new DiagnosticBag());
        var after = Html(reader.Read(text, 1, "b.md", new DiagnosticBag()));

        Assert.Equal(alone, after);
        Assert.Contains("<blockquote>", after);
    }

    private static string Html(CompiledBody body) => string.Concat(body.Html.Parts.Cast<HtmlPart>().Select(p => p.Html));

    private sealed class ThrowingParser : InlineParser
    {
        public ThrowingParser() => OpeningCharacters = ['~'];

        public override bool Match(InlineProcessor processor, ref StringSlice slice) => throw new InvalidOperationException("a parser's bug");
    }
}
