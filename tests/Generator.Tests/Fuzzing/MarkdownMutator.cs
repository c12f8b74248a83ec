using CsCheck;

namespace Generator.Tests.Fuzzing;

/// <summary>
/// Author mistakes and hostile input in a document's Markdown body: wikilinks whole, broken and
/// odd (<c>[[x]]</c>, <c>[[x#a|b]]</c>, <c>[[</c>, <c>]]</c>), links to <c>.md</c> files and site
/// paths, HTML, headings, tables, footnotes, unclosed fences, tabs, invisible and combining
/// characters, template syntax, very long lines, and nesting (quotes, lists, emphasis, brackets)
/// up to <see cref="MaxDepth"/>.
/// </summary>
public static class MarkdownMutator
{
    /// <summary>
    /// How deep generated nesting goes: past the parse stage's limit of 100 levels, so that Markdown
    /// nested too deeply (GEN017) is among the mistakes generated.
    /// </summary>
    public const int MaxDepth = 150;

    /// <summary>Snippets inserted as lines of the body; <c>{id}</c> is replaced by an id of the site, <c>{file}</c> by a document's file.</summary>
    private static readonly string[] Blocks =
    [
        "[[", "]]", "[[]]", "[[|]]", "[[#]]", "[[x]]", "[[x#a|b]]", "[[#a]]", "[[ {id} ]]", "[[{id}|a|b]]", "[[{id}#a#b]]", "[[../x]]", "[[/x]]", "[[{id}.md]]",
        "[[ü]]", "[[[[{id}]]]]", "[[{id}\n]]", "[[{id}|[[{id}]]]]", "\\[[{id}]]", "`[[{id}]]`", "[[<script>]]", "[[{id}#missing]]", "[[{id}#]]", "[[{id}|]]",
        "[[{id}#background]]", "[[{id}|<b>label</b>]]", "[[{id}|*emph*]]", "[[{ID}]]", "[[ [[ ]] ]]", "[[{id}]] [[{id}]] [[{id}]]", "[[_index]]", "[[guidelines/_index]]",
        "[a]({file})", "[a](../{file})", "[a](x.md)", "[a](../x.md)", "[a](/en/)", "[a](/)", "[a](../../../../etc/passwd.md)", "[a](.md)", "[a](<a b.md>)",
        "[a](%2e%2e/x.md)", "[a]({file}?q=1)", "[a]({file}#background)", "[a]({file}#nope)", "[a]({file}#)", "[a](mailto:x)", "[a](javascript:alert(1))",
        "[a]: x.md\n\n[a][]", "![](img.png)", "![alt](../x.md)", "[a](#)", "<x.md>", "[a](file:///etc/passwd)", "[a](C:\\x.md)", "[a](//evil.example/x.md)",
        "[a](../guidelines/_index.md)", "[a](_index.md)", "[a](../{file}.md)", "[![img](a.png)]({file})",
        "<script>alert(1)</script>", "<div>", "</div>", "<!--", "<![CDATA[", "<style>", "<img src=x onerror=alert(1)>", "<h2 id=\"background\">dup</h2>",
        "&#0;", "&#xD800;", "&bogus;", "&#x110000;", "<a href=\"javascript:x\">x</a>", "<?php ?>", "<base href=\"//evil\">",
        "# h1", "###### h6", "####### h7", "## [[{id}]]", "## ", "## {#custom}", "Setext\n===", "## Background", "## Background", "## !!!", "## 🎉", "#### skipped",
        "| a | b |\n|---|---|\n| [[{id}]] | c |", "|" + string.Concat(Enumerable.Repeat(" a |", 300)) + "\n|" + string.Concat(Enumerable.Repeat("---|", 300)),
        "[^1]", "[^1]: note", "[^]", "[^1]: [[{id}]]", "```", "~~~", "```\n[[{id}]]", "    [[{id}]] in indented code", "\t- tab item", "\t\tcode",
        "{{< shortcode >}}", "{{ page.title }}", "{% raw %}", "{{ for x in 1..1000000 }}{{ end }}",
        "\u0000", "\uFFFD", "\u2028", "\u202E reversed", "a\u200Db", "e" + new string('\u0301', 1000), "👩‍👩‍👧‍👦", "\uFEFF", "\r", "line\r\nwith CRLF",
        "* * *", "- [ ] task", "1. one\n1) two", "> quote\n> > nested", "$$ math $$", ":::", "++ins++", "==mark==", "~~del~~",
    ];

    public static Gen<Mutation> Any { get; } = Gen.Frequency(
        (6, InsertBlock()),
        (3, InsertInline()),
        (1, Nesting()),
        (1, LongLine()));

    private static Gen<Mutation> InsertBlock() =>
        from document in Gen.Int[0, 40]
        from at in Gen.Int[0, 20]
        from block in Gen.OneOf(Blocks)
        from target in Gen.Int[0, 40]
        select new Mutation($"body of document {document}, line {at}: insert '{TextEdits.Show(block)}' (target {target})",
            site => TextEdits.EditDocument(site, document, text => TextEdits.InsertInBody(text, at, Fill(block, site, target))));

    /// <summary>A snippet written into the middle of a line: of a paragraph, a heading, a link, a code span.</summary>
    private static Gen<Mutation> InsertInline() =>
        from document in Gen.Int[0, 40]
        from at in Gen.Int[0, 2000]
        from block in Gen.OneOf(Blocks)
        from target in Gen.Int[0, 40]
        select new Mutation($"body of document {document}, character {at}: insert '{TextEdits.Show(block)}' (target {target})",
            site => TextEdits.EditDocument(site, document, text => TextEdits.InsertAt(text, at, Fill(block, site, target))));

    private static Gen<Mutation> Nesting() =>
        from document in Gen.Int[0, 40]
        from depth in Gen.OneOf(5, 16, 32, MaxDepth)
        from style in Gen.Int[0, 6]
        let block = style switch
        {
            0 => new string('>', depth) + " quote",
            1 => string.Join('\n', Enumerable.Range(0, depth).Select(i => new string(' ', 2 * i) + "- item")),
            2 => new string('*', depth) + "emphasis" + new string('*', depth),
            3 => new string('[', depth) + "x" + new string(']', depth),
            4 => string.Concat(Enumerable.Repeat("[a](", depth)) + new string(')', depth),
            5 => string.Concat(Enumerable.Repeat("<div>", depth)),
            _ => new string('`', depth) + "code",
        }
        select new Mutation($"body of document {document}: nesting {depth} deep, style {style}",
            site => TextEdits.EditDocument(site, document, text => TextEdits.InsertInBody(text, 2, block)));

    private static Gen<Mutation> LongLine() =>
        from document in Gen.Int[0, 40]
        from length in Gen.OneOf(10_000, 200_000)
        from unit in Gen.OneOf("a", "é", "[[x]] ", "a ", "*", "<", "𝔘")
        select new Mutation($"body of document {document}: a line of {length} x '{unit}'",
            site => TextEdits.EditDocument(site, document, text => TextEdits.InsertInBody(text, 3, string.Concat(Enumerable.Repeat(unit, length / unit.Length)))));

    /// <summary>The snippet with <c>{id}</c>, <c>{ID}</c> and <c>{file}</c> filled in from the site's documents.</summary>
    private static string Fill(string block, FuzzSite site, int target)
    {
        if (TextEdits.PickDocument(site, target) is not { } path)
        {
            return block;
        }

        var relative = path[FuzzSite.Content.Length..^".md".Length];
        var id = relative.Contains('.') ? relative[..relative.LastIndexOf('.')] : relative;
        return block.Replace("{id}", id, StringComparison.Ordinal).Replace("{ID}", id.ToUpperInvariant(), StringComparison.Ordinal)
            .Replace("{file}", relative + ".md", StringComparison.Ordinal);
    }
}
