using CsCheck;

namespace Generator.Tests.Fuzzing;

/// <summary>
/// Author mistakes and hostile input in a document's front matter: wrong types (lists for
/// titles, mappings for dates, numbers for booleans), dates out of range, unknown and duplicate
/// keys, unclosed brackets and quotes, tabs, YAML tags, anchors and aliases, deep nesting, long
/// values, relations to unknown ids, aliases and slugs with odd paths, and a front matter that is
/// unclosed, missing or doubled.
/// </summary>
public static class FrontMatterMutator
{
    /// <summary>Lines an author could write, or a hostile file could hold, in front matter.</summary>
    private static readonly string[] Lines =
    [
        // wrong types
        "title: [a, b]", "title: {x: 1}", "title:", "title: ''", "title: ~", "title: 12", "title: !!binary aGVsbG8=", "title: !custom x",
        "date: {y: 2019}", "date: [2019-01-01]", "date: 2019-13-45", "date: 2019-02-30", "date: 0001-01-01", "date: 9999-12-31T23:59:59+14:00",
        "date: -2019-01-01", "date: 99999-01-01", "date: 2019-04-09T25:61:00", "date: 2019-04-09T14:30:00+99:00", "date: 20190409", "date: 1e10",
        "updated: yesterday", "endDate: 1900-01-01", "expiryDate: 2000-01-01", "publishDate: 2999-01-01", "expiryDate: [x]",
        "draft: 1", "draft: maybe", "draft: [true]", "draft: true", "draft: 'false'", "draft: yes",
        "weight: 1e400", "weight: 99999999999999999999", "weight: -1", "weight: abc", "weight: 0x10", "weight: .nan", "weight: -.inf",
        "tags: tag", "tags: [a, [b]]", "tags: {a: b}", "tags: [, ,]", "tags: ['', ' ']", "tags: [Ünïcödé, 日本語, 'a/b', '../x', '#', '?']", "tags: [x, X, x]",
        "summary: {a: 1}", "summary: [x]", "location: [x]", "location: {a: b}", "status: final", "status: [draft]", "status: draft", "status: adopted",
        "params: [1, 2]", "params: {a: {b: {c: d}}}", "params: x", "params: {title: x, content: '<script>'}", "sourceHash: 123", "sourceHash: [x]",
        "type: '../x'", "type: news", "type: ''", "type: [a]", "layout: ../../etc/passwd", "layout: missing", "layout: ''", "layout: wide", "layout: single",
        "translationKey: [a]", "translationKey: ''", "translationKey: guidelines/charter", "translationKey: x",
        // slugs and aliases
        "slug: ''", "slug: '../..'", "slug: 'é/ü'", "slug: '   '", "slug: 𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "slug: [a]", "slug: '%2e%2e'", "slug: index.html", "slug: charter", "slug: 'a\\b'",
        "aliases: [/../../etc/passwd]", "aliases: ['//evil.example/']", "aliases: ['/en/']", "aliases: [' ']", "aliases: ['/a b/ü?x#y']", "aliases: [../x]",
        "aliases: [http://x.org/a]", "aliases: ['\\\\server\\share']", "aliases: [/%2e%2e/]", "aliases: [/same/, /same/]", "aliases: /single/", "aliases: [[x]]",
        "aliases: [/]", "aliases: ['']", "aliases: [/en/guidelines/]", "aliases: [/sitemap.xml]", "aliases: [/_redirects]", "aliases: [/old/index.html]", "aliases: [old]",
        // relations
        "topics: [nope]", "topics: nope", "topics: [[x]]", "cities: [{a: b}]", "related: [guidelines/]", "related: ['#']", "related: [guidelines/charter#background]",
        "supersedes: [x]", "related: [_index]", "related: [guidelines/_index]", "events: ['']", "projects: [~]", "people: [../../x]", "related: [ABOUT]",
        // unknown, duplicate and odd keys
        "titel: typo", "Title: Case", "date: 2019-01-01", "title: Again", "title: Again", "? [complex]\n: key", "? {a: b}\n: c", "'': empty key", "~: null key",
        "1: number key", "a: &a [x, *a]", "x: *unknown", "<<: *b", "a: &a x\nb: *a\nc: *a", "%YAML 1.2", "--- !tag", "...", "- list item", ": no key",
        "title: a: b", "\"key", "title: \"unclosed", "title: 'unclosed", "title: [unclosed", "title: {unclosed", "title: |", "title: >-", "title: |\n  block\n  text",
        "\ttitle: tab", "title:\tTab", "  indented: x", "title: \"\\uD800\"", "title: \"\\0\\x00\\e\"", "title: \"\\U0010FFFF\"", "title: \"\\U00110000\"",
        "title: \"\\q\"", "title: x\u2028y", "title: x\u0085y", "title: x\u0000y", "title: \uFEFFbom", "title: x\ry", "title: <script>alert(1)</script>",
        "title: '{{ page.title }}'", "title: \"\\u202Eevil\"", "title: \"a\u0301\u0301\u0301\"", "title: 👩‍👩‍👧‍👦",
        "key: &anchor value\nother: *anchor", "a: &a [1,2]\nb: &b [*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c]\ne: [*d,*d,*d,*d]",
        "---", "---\ntitle: second",
    ];

    public static Gen<Mutation> Any { get; } = Gen.Frequency(
        (8, InsertLine()),
        (2, ReplaceTitle()),
        (1, Structure()),
        (1, DeepNesting()),
        (1, LongValue()));

    private static Gen<Mutation> InsertLine() =>
        from document in Gen.Int[0, 40]
        from at in Gen.Int[0, 12]
        from line in Gen.OneOf(Lines)
        select new Mutation($"front matter of document {document}, line {at}: insert '{TextEdits.Show(line)}'",
            site => TextEdits.EditDocument(site, document, text => TextEdits.InsertInFrontMatter(text, at, line)));

    private static Gen<Mutation> ReplaceTitle() =>
        from document in Gen.Int[0, 40]
        from line in Gen.OneOf(Lines.Where(l => l.StartsWith("title", StringComparison.Ordinal)).ToArray())
        select new Mutation($"front matter of document {document}: replace the title with '{TextEdits.Show(line)}'",
            site => TextEdits.EditDocument(site, document, text => TextEdits.ReplaceLine(text, "title:", line)));

    /// <summary>The front matter's frame: its closing line removed, the whole block removed, doubled, or a line deleted.</summary>
    private static Gen<Mutation> Structure() =>
        from document in Gen.Int[0, 40]
        from kind in Gen.Int[0, 5]
        from at in Gen.Int[0, 12]
        select kind switch
        {
            0 => new Mutation($"document {document}: remove the closing '---'", site => TextEdits.EditDocument(site, document, text => RemoveFrame(text, closing: true))),
            1 => new Mutation($"document {document}: remove the front matter", site => TextEdits.EditDocument(site, document, text => RemoveFrame(text, closing: false))),
            2 => new Mutation($"document {document}: front matter twice", site => TextEdits.EditDocument(site, document, Doubled)),
            3 => new Mutation($"document {document}: delete line {at}", site => TextEdits.EditDocument(site, document, text => TextEdits.RemoveLine(text, at))),
            4 => new Mutation($"document {document}: only '---'", site => TextEdits.EditDocument(site, document, _ => "---")),
            _ => new Mutation($"document {document}: empty", site => TextEdits.EditDocument(site, document, _ => string.Empty)),
        };

    /// <summary>Lists or mappings nested around the known depth limit (64) and far past it, in flow and block style.</summary>
    private static Gen<Mutation> DeepNesting() =>
        from document in Gen.Int[0, 40]
        from depth in Gen.OneOf(10, 63, 64, 65, 200, 5000)
        from style in Gen.Int[0, 3]
        let line = style switch
        {
            0 => "x: " + new string('[', depth) + new string(']', depth),
            1 => "x: " + string.Concat(Enumerable.Repeat("{a: ", depth)) + "b" + new string('}', depth),
            2 => "x:\n" + string.Join('\n', Enumerable.Range(1, Math.Min(depth, 300)).Select(i => new string(' ', i) + "- ")),
            _ => "x: " + new string('[', depth),
        }
        select new Mutation($"front matter of document {document}: nesting {depth} deep, style {style}",
            site => TextEdits.EditDocument(site, document, text => TextEdits.InsertInFrontMatter(text, 1, line)));

    private static Gen<Mutation> LongValue() =>
        from document in Gen.Int[0, 40]
        from length in Gen.OneOf(1000, 100_000)
        from key in Gen.OneOf("title", "summary", "slug", "a-very-long-key-" + new string('k', 300), "tags")
        let line = key == "tags" ? "tags: [" + string.Join(", ", Enumerable.Range(0, length / 10).Select(i => "t" + i)) + "]" : $"{key}: " + new string('é', length)
        select new Mutation($"front matter of document {document}: '{key}' {length} characters long",
            site => TextEdits.EditDocument(site, document, text => TextEdits.InsertInFrontMatter(text, 1, line)));

    private static string RemoveFrame(string text, bool closing)
    {
        var lines = text.Split('\n').ToList();
        if (TextEdits.FrontMatter([.. lines]) is not { } range)
        {
            return text;
        }

        if (closing)
        {
            lines.RemoveAt(range.End);
        }
        else
        {
            lines.RemoveRange(0, range.End + 1);
        }

        return string.Join('\n', lines);
    }

    private static string Doubled(string text)
    {
        var lines = text.Split('\n');
        return TextEdits.FrontMatter(lines) is { } range ? string.Join('\n', lines[..(range.End + 1)]) + "\n" + text : text;
    }
}
