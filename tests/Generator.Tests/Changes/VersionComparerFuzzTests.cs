using AngleSharp.Html.Parser;
using CsCheck;
using Generator.Rendering.Changes;

namespace Generator.Tests.Changes;

/// <summary>
/// Whatever markup two versions hold (tags unclosed, misnested, unknown, blocks inside inline
/// elements), the comparison does not throw and its HTML is well-formed: it parses back to
/// itself, and no block is inside a mark, a paragraph or a heading.
/// </summary>
public sealed class VersionComparerFuzzTests
{
    private static readonly VersionComparer Comparer = new();

    private static readonly string[] Pieces =
    [
        "<p>", "</p>", "<h2 id=\"a\">", "</h2>", "<h3 id=\"a\">", "</h3>", "<ul>", "</ul>", "<ol>", "<li>", "</li>",
        "<table>", "<tr>", "<td>", "<th>", "</table>", "<pre><code>", "</code></pre>", "<blockquote>", "</blockquote>",
        "<div>", "</div>", "<b>", "</b>", "<a href=\"x\">", "</a>", "<x-box>", "</x-box>", "<script>", "</script>", "<br>",
        "<hr>", "<!-- c -->", "word", "other", "cities,", "cities.", "l’État", "&amp;", "&lt;", "&nbsp;:", "\"q\"", " ", "\n",
    ];

    private static readonly Gen<string> Html = Gen.OneOf(Pieces).Array[0, 40].Select(string.Concat);

    [Fact]
    public void Any_two_versions_give_well_formed_html()
    {
        Gen.Select(Html, Html).Sample((older, newer) =>
        {
            var html = Comparer.Compare(older, newer).Html;

            var body = new HtmlParser().ParseDocument("<!DOCTYPE html><body>" + html).Body!;
            Assert.Equal(html, body.InnerHtml.Replace("&nbsp;", "\u00A0"));
            Assert.Empty(body.QuerySelectorAll("ins *, del *, p p, p ul, p ol, p table, p pre, li p, h2 p, h3 p, td p"));
        }, iter: 2000);
    }
}
