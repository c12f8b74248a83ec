using Generator.Content;
using Generator.Diagnostics;
using Generator.Tests.Support;

namespace Generator.Tests.Validation;

/// <summary>A summary still the placeholder <c>new</c> wrote is a warning at it (GEN066); any other summary is not.</summary>
public sealed class SummaryPlaceholderTests
{
    [Fact]
    public void The_placeholder_summary_is_a_warning_at_its_line_and_a_written_one_is_not()
    {
        using var site = SmallSite.Create();
        site.Write("input/content/news/new.en.md", $"---\ntitle: New\nsummary: \"{SummaryPlaceholder.Text}\"\n---\nText.\n");
        site.Write("input/content/news/written.en.md", "---\ntitle: Written\nsummary: \"TODO lists are useful: a note on planning\"\n---\nText.\n");

        var result = TestBuild.Run(site.Path, site.Combine("public"));

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((Severity.Warning, DiagnosticCodes.SummaryPlaceholder, "input/content/news/new.en.md", 3, 10),
            (warning.Severity, warning.Code, warning.File, warning.Line, warning.Column));
        Assert.Equal("the summary is still the placeholder 'new' wrote", warning.Message);
    }
}
