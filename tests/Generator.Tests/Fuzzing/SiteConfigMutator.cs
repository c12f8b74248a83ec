using CsCheck;

namespace Generator.Tests.Fuzzing;

/// <summary>
/// Mistakes and hostile values in <c>input/site.yml</c>: odd base URLs, unknown or missing
/// languages and default language, cultures with other calendars, odd date formats, page sizes
/// of 0, negative or huge, sections with duplicate, empty or path-like segments, menus naming
/// nothing, unknown and duplicate settings, and the file empty or not a mapping.
/// </summary>
public static class SiteConfigMutator
{
    private static readonly string[] BaseUrls =
    [
        "ftp://x/", "https://", "http://ex ample.org/", "https://example.org/a b/", "https://example.org/?q=1#f", "https://user:pw@example.org:99999/",
        "https://例え.jp/", "https://example.org/../", "//example.org/", "example.org", "https://example.org/%zz/", "https://[::1]/", "https://example.org/docs",
        "\"https://example.org/'><script>/\"", "https://example.org/" + new string('a', 3000) + "/", "[https://x/]", "{a: b}", "''", "~", "https://example.org/é/",
        "https://example.org/a%2Fb/", "file:///etc/", "javascript:alert(1)", "http://localhost:0/", "https://example.org:443/", "https://EXAMPLE.org/Docs/",
    ];

    private static readonly string[] DefaultLanguages = ["de", "''", "[en]", "EN", "{a: b}", "fr", "nl", "~", "en-gb"];

    private static readonly string[] PageSizes = ["0", "-1", "2147483648", "2147483647", "1e3", "ten", "1", "[1]", "1.5", "0x10", "99999999999999999999", "~"];

    private static readonly string[] Cultures = ["ar-SA", "th-TH", "fa-IR", "ja-JP", "he-IL", "tr-TR", "zh-Hant-TW", "''", "iv", "x-invalid", "en-US-POSIX", "[en]", "dv-MV", "prs-AF"];

    private static readonly string[] DateFormats = ["\"'\"", "'\\'", "'%'", "'{0}'", "dddd, gg yyyy", "K zzz", new string('y', 100), "'\"'", "''", "'%%'", "[x]", "'d MMMM yyyy g'", "'HH:mm:ss.fffffff'"];

    private static readonly string[] Languages =
    [
        "  de: { name: Deutsch, culture: de-DE }", "  EN: { name: X }", "  e n: { name: X }", "  x: {}", "  zh-hant-tw: { culture: zh-Hant-TW }", "  '../': { name: x }",
        "  '': {}", "  xx: { culture: xx-YY }", "  de: x", "  de: [a]", "  de:", "  en: { name: Duplicate }", "  ar: { name: العربية, culture: ar-SA }",
        "  th: { culture: th-TH }", "  fa: { culture: fa-IR }", "  tr: { culture: tr-TR }", "  de: { culture: de-DE, dateFormat: \"'\" }", "  assets: { culture: en-GB }",
        "  tags: { culture: en-GB }", "  guidelines: { culture: en-GB }", "  de: { culture: de-DE, title: '{{ site.title }}' }",
    ];

    private static readonly string[] Sections =
    [
        "  news2: { type: news, segments: { en: news, fr: actualites, nl: nieuws } }", "  dup: { segments: { en: guidelines, fr: lignes-directrices, nl: richtlijnen } }",
        "  x: { segments: { en: '' } }", "  x: { segments: { en: ../x } }", "  x: { segments: { en: a/b } }", "  x: { segments: { en: 'é ü' } }", "  x: { segments: { en: UPPER } }",
        "  x: { segments: { en: fr, fr: en, nl: en } }", "  x: { segments: { en: assets } }", "  x: { segments: { en: feeds, fr: feeds, nl: feeds } }",
        "  x: { segments: { en: tags-en, fr: tags-fr, nl: tags-nl } }", "  fr: { type: x }", "  en: { type: x, segments: { en: en } }", "  x: { type: '../x' }", "  x: {}",
        "  x: { pageSize: 0 }", "  x: { titles: [a] }", "  x: { segments: { de: x } }", "  x: x", "  x:", "  guidelines: { type: dup }", "  '': {}", "  _index: {}",
        "  x: { segments: { en: 404.html } }", "  x: { segments: { en: pagefind, fr: pagefind, nl: pagefind } }", "  x: { segments: { en: page, fr: page, nl: page } }",
        "  static: {}", "  news: { type: news, segments: { en: guidelines } }", "  topics: { type: guideline }", "  x: { type: topic, titles: { en: '<script>' } }",
    ];

    private static readonly string[] MenuEntries =
    [
        "    - page: nothing", "    - section: nothing", "    - url: javascript:alert(1)", "    - url: ''", "    - {}", "    - page: x\n      section: y", "    - - x",
        "    - url: /relative/", "    - page: guidelines/_index", "    - page: _index", "    - section: ''", "    - page: [x]", "    - url: https://x/\n      labels: { de: x }",
        "    - url: https://x/\n      labels: [x]", "    - page: guidelines/charter", "    - page: charter", "    - section: topics", "    - x", "    - page: ../x",
    ];

    private static readonly string[] Settings =
    [
        "search: true", "search: yes", "search: 1", "unknown: x", "pageSize: 1", "fallbackLanguages: [xx]", "fallbackLanguages: en", "fallbackLanguages: []",
        "taxonomies: { tags: x }", "taxonomies: { tags: { en: '' } }", "taxonomies: { categories: { en: c } }", "languages: []", "sections: []", "baseUrl: x",
        "menus: x", "menus: { main: x }", "menus: { '': [] }", "menus: []", "? [a]\n: b", "defaultLanguage: [en, fr]", "\tsearch: true", "---\nbaseUrl: https://second.example/",
        "sections: { '<x>': {} }", "taxonomies: { tags: { en: guidelines, fr: lignes-directrices, nl: richtlijnen } }",
    ];

    private static readonly string[] WholeFiles = ["", "---", "[]", "x", "# only a comment", "\uFEFF", "languages:", "baseUrl: https://x/", "{", "- a\n- b", "\0"];

    public static Gen<Mutation> Any { get; } = Gen.Frequency(
        (2, Replace("baseUrl:", "baseUrl: ", BaseUrls)),
        (1, Replace("defaultLanguage:", "defaultLanguage: ", DefaultLanguages)),
        (1, Replace("pageSize:", "pageSize: ", PageSizes)),
        (2, Within("culture: en-GB", "culture: ", Cultures)),
        (1, Within("dateFormat: d MMMM yyyy", "dateFormat: ", DateFormats)),
        (2, After("languages:", Languages)),
        (3, After("sections:", Sections)),
        (2, After("  main:", MenuEntries)),
        (2, Append()),
        (1, Remove()),
        (1, Whole()));

    private static Gen<Mutation> Replace(string prefix, string key, string[] values) =>
        from value in Gen.OneOf(values)
        select new Mutation($"site.yml: {TextEdits.Show(key + value)}", site => TextEdits.EditText(site, FuzzSite.Config, text => TextEdits.ReplaceLine(text, prefix, key + value)));

    /// <summary>Replaces <paramref name="old"/> inside the lines that hold it (every language's line).</summary>
    private static Gen<Mutation> Within(string old, string key, string[] values) =>
        from value in Gen.OneOf(values)
        from all in Gen.Bool
        select new Mutation($"site.yml: {old} becomes {TextEdits.Show(key + value)}{(all ? " everywhere" : " once")}",
            site => TextEdits.EditText(site, FuzzSite.Config, text => all ? text.Replace(old, key + value, StringComparison.Ordinal) : ReplaceFirst(text, old, key + value)));

    private static Gen<Mutation> After(string prefix, string[] lines) =>
        from line in Gen.OneOf(lines)
        select new Mutation($"site.yml: add '{TextEdits.Show(line)}' after '{prefix}'",
            site => TextEdits.EditText(site, FuzzSite.Config, text => TextEdits.InsertAfter(text, prefix, line)));

    private static Gen<Mutation> Append() =>
        from line in Gen.OneOf(Settings)
        select new Mutation($"site.yml: add '{TextEdits.Show(line)}' at the end",
            site => TextEdits.EditText(site, FuzzSite.Config, text => text.TrimEnd('\n') + "\n" + line + "\n"));

    private static Gen<Mutation> Remove() =>
        from block in Gen.OneOf("languages:", "sections:", "menus:", "baseUrl:", "defaultLanguage:", "taxonomies:", "  guidelines:", "  en:", "  fr:", "    - section: guidelines")
        select new Mutation($"site.yml: remove '{block}'", site => TextEdits.EditText(site, FuzzSite.Config, text => TextEdits.RemoveBlock(text, block)));

    private static Gen<Mutation> Whole() =>
        from text in Gen.OneOf(WholeFiles)
        from remove in Gen.Frequency((4, false), (1, true))
        select remove
            ? new Mutation("site.yml: removed", site => site.Without(FuzzSite.Config))
            : new Mutation($"site.yml: only '{TextEdits.Show(text)}'", site => site.With(FuzzSite.Config, text));

    private static string ReplaceFirst(string text, string old, string replacement)
    {
        var index = text.IndexOf(old, StringComparison.Ordinal);
        return index < 0 ? text : text[..index] + replacement + text[(index + old.Length)..];
    }
}
