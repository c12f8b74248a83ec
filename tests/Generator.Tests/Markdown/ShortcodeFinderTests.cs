using Generator.Content;
using Generator.Markdown;
using Generator.Diagnostics;

namespace Generator.Tests.Markdown;

/// <summary>Hugo shortcodes in a body are found at their place, outside code, each once; the build warns about each (GEN018).</summary>
public sealed class ShortcodeFinderTests
{
    [Fact]
    public void Finds_each_shortcode_outside_code_at_its_place()
    {
        const string body = "Intro {{< intro >}}\n\n{{< figure src=\"/a.jpg\" alt=\"A\" >}}\n\n`{{< not-me >}}`\n\n```\n{{< nor-me >}}\n```\n\n{{% note %}}Inner{{% /note %}}\n";
        var document = Markdig.Markdown.Parse(body, MarkdownPipelineFactory.Create());

        var found = ShortcodeFinder.Find(body, document, 5);

        Assert.Equal([("intro", 5, 7), ("figure", 7, 1), ("note", 15, 1)], found.Select(s => (s.Name, s.Position.Line, s.Position.Column)));
    }

    [Fact]
    public void A_document_with_a_shortcode_gets_a_warning_at_it()
    {
        var diagnostics = new DiagnosticBag();
        var body = new BodyReader(MarkdownPipelineFactory.Create()).Read("Text.\n\n{{< youtube abc >}}\n", 4, "doc.md", diagnostics);
        var document = new ParsedDocument(new SourceFile("doc.md", "news/doc.md", "doc.md", [], "x"),
            new ContentPath("news/doc.md", "news", "doc", "en", "news/doc"), new FrontMatter { Title = "T" }, body, 4, "h");

        new Generator.Validation.DocumentValidator().Validate([document], Generator.Tests.Support.TestConfig.Minimal(), diagnostics, 1, CancellationToken.None);

        var warning = Assert.Single(diagnostics.ToImmutableSorted());
        Assert.Equal(("GEN018", 6, 1), (warning.Code, warning.Line, warning.Column));
        Assert.Contains("'youtube'", warning.Message);
    }
}
