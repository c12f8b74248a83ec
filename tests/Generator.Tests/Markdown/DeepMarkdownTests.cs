using System.Text;
using Generator.Markdown;
using Generator.Diagnostics;

namespace Generator.Tests.Markdown;

/// <summary>
/// Markdown nested past what Markdig can read never stops the build: the document gets GEN017 at
/// the place where its nesting goes too deep, and every other document is parsed and reported.
/// </summary>
public sealed class DeepMarkdownTests
{
    private const string FrontMatter = "---\ntitle: Deep\n---\n";

    [Fact]
    public void Twenty_thousand_quote_markers_are_reported_where_the_nesting_passes_the_limit()
    {
        var (documents, diagnostics) = ParsedSite.Parse(
            ("guidelines/deep.en.md", FrontMatter + "Intro.\n\n" + new string('>', 20_000) + " a\n"),
            ("guidelines/fine.en.md", FrontMatter + "A [[guidelines/deep]] link.\n"));

        var error = Assert.Single(diagnostics);
        Assert.Equal("input/content/guidelines/deep.en.md(6,101): error GEN017: Markdown nested too deeply", error.ToString());
        Assert.Contains("quotes and lists nest more than 100 levels deep", error.Hint);
        Assert.Equal(2, documents.Length);
        Assert.Same(CompiledBody.Empty, documents.Single(d => d.File.EndsWith("deep.en.md", StringComparison.Ordinal)).Body);
        Assert.Single(documents.Single(d => d.File.EndsWith("fine.en.md", StringComparison.Ordinal)).Body.Links);
    }

    [Fact]
    public void A_list_nested_three_thousand_levels_is_reported_at_the_first_item_past_the_limit()
    {
        var list = new StringBuilder();
        for (var level = 0; level < 3_000; level++)
        {
            list.Append(' ', 2 * level).Append("* a\n");
        }

        var (_, diagnostics) = ParsedSite.Parse(("guidelines/deep.en.md", FrontMatter + list));

        // A list level is a list and its item: the 51st level is the 101st container, on line 4 + 50 of the file.
        var error = Assert.Single(diagnostics);
        Assert.Equal("input/content/guidelines/deep.en.md(54,101): error GEN017: Markdown nested too deeply", error.ToString());
    }

    [Fact]
    public void Fifty_thousand_nested_emphasis_markers_are_reported_at_the_first_emphasis_past_the_limit()
    {
        var body = "Intro.\n\n" + new string('*', 50_000) + "a" + new string('*', 50_000) + "\n";

        var (_, diagnostics) = ParsedSite.Parse(("guidelines/deep.en.md", FrontMatter + body));

        var error = Assert.Single(diagnostics);
        Assert.Equal("GEN017", error.Code);
        Assert.Equal(6, error.Line);
        Assert.InRange(error.Column, 100, 300);
        Assert.Contains("emphasis and links nest more than 100 levels deep", error.Hint);
    }

    [Fact]
    public void Fifty_thousand_nested_brackets_are_reported_where_too_many_are_open()
    {
        var body = new string('[', 50_000) + "a" + new string(']', 50_000);

        var (_, diagnostics) = ParsedSite.Parse(("guidelines/deep.en.md", FrontMatter + body));

        var error = Assert.Single(diagnostics);
        Assert.Equal("GEN017", error.Code);
        Assert.Equal(4, error.Line);
        Assert.InRange(error.Column, 101, 10_002);
    }

    [Fact]
    public void Nesting_within_the_limit_still_compiles()
    {
        var (documents, diagnostics) = ParsedSite.Parse(("guidelines/deep.en.md", FrontMatter + new string('>', 90) + " a\n"));

        Assert.Empty(diagnostics);
        var html = Assert.IsType<HtmlPart>(Assert.Single(documents[0].Body.Html.Parts)).Html;
        Assert.Equal(90, html.Split("<blockquote>").Length - 1);
    }
}
