using System.Text;

namespace Generator.Tests.Markdown;

/// <summary>
/// A text that has made Markdown parsers slow or crash: the cases of cmark's pathological test
/// suite (generated here from their description), the site's own issue, and wikilink-heavy ones.
/// Either it compiles (and its HTML matches <see cref="Html"/>, cmark's check, when given), or it
/// is too deep and gets GEN017.
/// </summary>
public sealed record PathologicalCase(string Name, Func<string> Markdown, bool TooDeep, string? Html = null)
{
    public static IReadOnlyList<PathologicalCase> All { get; } =
    [
        new("nested strong emph", () => Repeat("*a **a ", 65_000) + "b" + Repeat(" a** a*", 65_000), TooDeep: true),
        new("many emph closers with no openers", () => Repeat("a_ ", 65_000), TooDeep: true),
        new("many emph openers with no closers", () => Repeat("_a ", 65_000), TooDeep: true),
        new("many link closers with no openers", () => Repeat("a]", 65_000), TooDeep: false, @"(a\]){65000}"),
        new("many link openers with no closers", () => Repeat("[a", 65_000), TooDeep: true),
        new("mismatched openers and closers", () => Repeat("*a_ ", 50_000), TooDeep: true),
        new("openers and closers multiple of 3", () => "a**b" + Repeat("c* ", 50_000), TooDeep: true),
        new("link openers and emph closers", () => Repeat("[ a_", 50_000), TooDeep: true),
        new("hard link/emph case", () => "**x [a*b**c*](d)", TooDeep: false, @"\*\*x <a href=""d"">a<em>b\*\*c</em></a>"),
        new("nested brackets", () => Repeat("[", 50_000) + "a" + Repeat("]", 50_000), TooDeep: true),
        new("nested block quotes", () => Repeat("> ", 50_000) + "a", TooDeep: true),
        new("deeply nested lists", () => NestedList(1_000), TooDeep: true),
        new("U+0000 in input", () => "abc\u0000de\u0000", TooDeep: false, "abc\ufffd?de\ufffd?"),
        new("backticks", () => string.Concat(Enumerable.Range(1, 9_999).Select(i => "e" + new string('`', i))), TooDeep: false, "^<p>[e`]*</p>\n$"),
        new("unclosed links A", () => Repeat("[a](<b", 50_000), TooDeep: false, @"(\[a\]\(&lt;b){50000}"),
        new("unclosed links B", () => Repeat("[a](b", 50_000), TooDeep: false, @"(\[a\]\(b){50000}"),
        new("many references", () => string.Concat(Enumerable.Range(1, 50_000 * 16 - 1).Select(i => "[" + i + "]: u\n")) + Repeat("[0] ", 50_000), TooDeep: false, @"(\[0\] ){49999}"),
        new("issue: 20,000 quote markers", () => Repeat(">", 20_000) + " a", TooDeep: true),
        new("issue: a 3,000-level list", () => NestedList(3_000), TooDeep: true),
        new("issue: 50,000 nested emphasis markers", () => Repeat("*", 50_000) + "a" + Repeat("*", 50_000), TooDeep: true),
        new("wikilinks: [[ x 50,000", () => Repeat("[[", 50_000), TooDeep: true),
        new("wikilinks: [[a x 50,000", () => Repeat("[[a", 50_000), TooDeep: true),
        new("wikilinks: [[a]] x 50,000", () => Repeat("[[a]]", 50_000), TooDeep: false),
    ];

    public override string ToString() => Name;

    private static string Repeat(string text, int times) => new StringBuilder(text.Length * times).Insert(0, text, times).ToString();

    private static string NestedList(int levels)
    {
        var list = new StringBuilder();
        for (var level = 0; level < levels; level++)
        {
            list.Append(' ', 2 * level).Append("* a\n");
        }

        return list.ToString();
    }
}
