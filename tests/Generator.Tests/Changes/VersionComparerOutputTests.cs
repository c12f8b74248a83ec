using System.Diagnostics;
using System.Text;
using AngleSharp.Html.Parser;
using Generator.Rendering.Changes;
using Xunit.Abstractions;

namespace Generator.Tests.Changes;

/// <summary>
/// The comparison's HTML is well-formed whatever it compares (it parses back to itself, with no
/// block inside an inline mark), a long document is compared quickly, and a cancelled comparison
/// stops.
/// </summary>
public sealed class VersionComparerOutputTests(ITestOutputHelper output)
{
    private static readonly VersionComparer Comparer = new();

    private const string Older = """
        <h2 id="a">A &amp; B</h2>
        <p>One <strong>two</strong> three &lt;four&gt;.</p>
        <ul><li>Item one<ul><li>Deep</li></ul></li><li>Item two</li></ul>
        <blockquote><p>Quoted text here.</p></blockquote>
        <pre><code>let x = 1;
        let y = 2;</code></pre>
        <table><tr><td>a</td><td>b</td></tr></table>
        <h3 id="c">C</h3>
        <p>Gone entirely now.</p>
        """;

    private const string Newer = """
        <h2 id="a">A &amp; C</h2>
        <p>One <strong>two</strong> five &lt;four&gt;.</p>
        <ol><li>Item one</li><li>Item two</li><li>Item three</li></ol>
        <blockquote><p>Quoted text there.</p></blockquote>
        <pre><code>let x = 1;
        let y = 3;</code></pre>
        <table><tr><td>a</td><td>b</td><td>c</td></tr></table>
        <h3 id="d">D</h3>
        <p>Brand new paragraph.</p>
        """;

    [Fact]
    public void The_html_parses_back_to_itself_with_no_block_inside_a_mark()
    {
        var html = Comparer.Compare(Older, Newer).Html;

        var body = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>").Body!;
        Assert.Equal(html, body.InnerHtml);
        Assert.Empty(body.QuerySelectorAll("ins *, del *, p p, p ul, p ol, p table, p blockquote, p pre, li p, h2 p, h3 p, td p"));
    }

    [Fact]
    public void A_mixed_change_is_written_exactly()
    {
        var comparison = Comparer.Compare(Older, Newer);

        const string Expected = """
            <h2 id="a">A &amp; <del>B</del> <ins>C</ins></h2>
            <p>One two <del>three</del> <ins>five</ins> &lt;four&gt;.</p>
            <ol>
            <li>Item one
            <ul>
            <li><del class="block">Deep</del></li>
            </ul></li>
            <li>Item two</li>
            <li><ins class="block">Item three</ins></li>
            </ol>
            <blockquote><p>Quoted text <del>here.</del> <ins>there.</ins></p></blockquote>
            <pre><code>let x = 1;
            <del>let y = 2;</del>
            <ins>let y = 3;</ins></code></pre>
            <table><tbody>
            <tr><td><del class="block">a</del></td><td><del class="block">b</del></td></tr>
            </tbody></table>
            <h3 id="c"><del class="block">C</del></h3>
            <p><del class="block">Gone entirely now.</del></p>
            <table><tbody>
            <tr><td><ins class="block">a</ins></td><td><ins class="block">b</ins></td><td><ins class="block">c</ins></td></tr>
            </tbody></table>
            <h3 id="d"><ins class="block">D</ins></h3>
            <p><ins class="block">Brand new paragraph.</ins></p>

            """;
        Assert.Equal(Expected, comparison.Html);
    }

    [Fact]
    public void The_summary_lists_each_changed_section_once_in_document_order()
    {
        var sections = Comparer.Compare(Older, Newer).Sections;

        Assert.Equal(
            [
                new ChangedSection("A & C", "a", 2, SectionChangeKind.Changed),
                new ChangedSection("C", "c", 3, SectionChangeKind.Removed),
                new ChangedSection("D", "d", 3, SectionChangeKind.Added),
            ],
            sections.ToArray());
    }

    [Fact]
    public void A_long_document_is_compared_well_within_a_second()
    {
        var older = new StringBuilder();
        var newer = new StringBuilder();
        for (var i = 0; i < 2000; i++)
        {
            if (i % 100 == 0)
            {
                older.Append($"<h2 id=\"s{i}\">Section {i}</h2>\n");
                newer.Append($"<h2 id=\"s{i}\">Section {i}</h2>\n");
            }

            var text = $"Paragraph {i} says that the city of number {i} receives young people with care and attention.";
            older.Append("<p>").Append(text).Append("</p>\n");
            newer.Append("<p>").Append(i % 50 == 0 ? text.Replace("care", "great care") : text).Append("</p>\n");
        }

        // the quickest of three runs (the first warms up), so a busy machine does not fail the test
        var fastest = long.MaxValue;
        VersionComparison? comparison = null;
        for (var run = 0; run < 3; run++)
        {
            var watch = Stopwatch.StartNew();
            comparison = Comparer.Compare(older.ToString(), newer.ToString());
            fastest = Math.Min(fastest, watch.ElapsedMilliseconds);
        }

        output.WriteLine($"2,000 paragraphs, a change every 50: {fastest} ms");
        Assert.Equal((40, 0), (comparison!.WordsInserted, comparison.WordsDeleted));
        Assert.Equal(20, comparison.Sections.Length);
        Assert.True(fastest < 500, $"took {fastest} ms");
    }

    [Fact]
    public void A_cancelled_comparison_stops()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.Throws<OperationCanceledException>(() => Comparer.Compare(Older, Newer, cancellation.Token));
    }
}
