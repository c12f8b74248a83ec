using System.Text;
using CsCheck;

namespace Generator.Tests.Fuzzing;

/// <summary>
/// Odd file names and places: documents renamed with random Unicode, dots, spaces and language
/// suffixes that are not configured, moved into sub-folders, language folders or unknown
/// sections, copied (one URL claimed twice), twins that differ only by case or Unicode
/// normalisation, <c>_index</c> files in odd places, static files that collide with generated
/// ones, stray files, and theme files missing.
/// </summary>
public static class FileNameMutator
{
    private static readonly string[] Pieces =
    [
        "é", "ß", "İ", "ı", "Ω", "中文", "🎉", "مرحبا", "e\u0301", "\u200B", "Ａ", " ", ".", "#", "%", "?", "&", "'", "\"", "<", ">", "\\", ":", "*", "|", "+", "~",
        "-", "_", "%20", "..", "x", "𝔘", "\u202E", "ǅ", "ﬁ", "a", "charter", "_index", "index", "en", "fr",
    ];

    private static readonly string[] Suffixes =
    [
        ".de.md", ".EN.md", ".en-GB.md", ".en.en.md", ".fr.nl.md", ".md", ".MD", ".markdown", "", ".md.bak", ".en.md ", ".en..md", ".en.md.md", "..md", ".xx-yy.md",
    ];

    private static readonly string[] Names =
    [
        ".hidden.en.md", "..en.md", ".en.md", " .en.md", "-.en.md", "_index.xx.md", "_index.md", "index.en.md", "404.en.md", "CON.en.md", "a:b.en.md", "a\\b.en.md",
        "a*b?.en.md", new string('n', 200) + ".en.md", "_index.en.md", "_index.fr.md", "feeds.en.md", "graph.en.md", "tags-en.en.md", "page.en.md", "guidelines.en.md",
    ];

    private static readonly string[] Folders = ["sub/", "a/b/c/", "fr/", "en/", "unknown/", "", "static/", "_index/", "guidelines/guidelines/", " /", ".git/", "guidelines/page/", "é/"];

    private static readonly (string Path, string Text)[] Extras =
    [
        ("input/content/news/sub/_index.en.md", "---\ntitle: Sub\n---\n"), ("input/content/fr/_index.md", "---\ntitle: Fr\n---\n"),
        ("input/content/_index.md", "---\ntitle: Home again\n---\n"), ("input/content/unknown/_index.en.md", "---\ntitle: Unknown\n---\n"),
        ("input/content/_index.de.md", "---\ntitle: De\n---\n"), ("input/content/guidelines/_index.md", "---\ntitle: Again\n---\n"),
        ("input/static/en/index.html", "static"), ("input/static/sitemap.xml", "<x/>"), ("input/static/_redirects", "/* /x 200"), ("input/static/_headers", "/*\n  X: y"),
        ("input/static/assets/style.css", "x"), ("input/static/404.html", "x"), ("input/static/robots.txt", "x"), ("input/static/index.html", "x"),
        ("input/static/en/graph.json", "{}"), ("input/static/ü ñ.txt", "x"), ("input/static/.hidden", "x"), ("input/static/a.md", "---\ntitle: x\n---\n"),
        ("input/stray.md", "---\ntitle: Stray\n---\n"), ("input/content/guidelines/image.png", "\u0089PNG"), ("input/content/readme.txt", "x"),
        ("input/published-urls.txt", "/en/\n/en/gone/\nnot a url\n"), ("input/published-urls.txt", "\uFEFF/en/ x\n\n/fr/guidelines/"), ("theme/static/style.css", "body{}"),
        ("input/content/guidelines/.md", "---\ntitle: Dot\n---\n"), ("input/content/guidelines/x.en.md/inner.en.md", "---\ntitle: Inner\n---\n"),
    ];

    private static readonly string[] ThemeFiles = ["theme/layouts/single.html", "theme/layouts/list.html", "theme/layouts/base.html", "theme/i18n/en.yml", "theme/layouts/partials/nav.html"];

    public static Gen<Mutation> Any { get; } = Gen.Frequency(
        (3, Rename()),
        (2, Resuffix()),
        (2, Move()),
        (1, Copy()),
        (1, Twins()),
        (2, Extra()),
        (1, RemoveThemeFile()));

    private static Gen<Mutation> Rename() =>
        from document in Gen.Int[0, 40]
        from pieces in Gen.OneOf(Pieces).Array[1, 6]
        from named in Gen.Frequency((3, false), (1, true))
        from name in Gen.OneOf(Names)
        let stem = string.Concat(pieces)
        select new Mutation(named ? $"rename document {document} to '{TextEdits.Show(name)}'" : $"rename document {document} to '{TextEdits.Show(stem)}' with its suffix",
            site => Rename(site, document, (folder, _, suffix) => named ? folder + name : folder + stem + suffix));

    private static Gen<Mutation> Resuffix() =>
        from document in Gen.Int[0, 40]
        from suffix in Gen.OneOf(Suffixes)
        select new Mutation($"document {document}: suffix '{suffix}'", site => Rename(site, document, (folder, stem, _) => folder + stem + suffix));

    private static Gen<Mutation> Move() =>
        from document in Gen.Int[0, 40]
        from folder in Gen.OneOf(Folders)
        select new Mutation($"move document {document} into '{folder}'", site => Rename(site, document, (_, stem, suffix) => folder + stem + suffix));

    private static Gen<Mutation> Copy() =>
        from document in Gen.Int[0, 40]
        from name in Gen.OneOf("copy", "charter", "youth", "Charter", "about")
        select new Mutation($"copy document {document} as '{name}'", site => Rename(site, document, (folder, _, suffix) => folder + name + suffix, keep: true));

    /// <summary>Two documents whose names differ only by case or by Unicode normalisation (NFC and NFD).</summary>
    private static Gen<Mutation> Twins() =>
        from document in Gen.Int[0, 40]
        from kind in Gen.Int[0, 1]
        let first = kind == 0 ? "café" : "Twin"
        let second = kind == 0 ? "café".Normalize(NormalizationForm.FormD) : "twin"
        select new Mutation($"document {document}: twins '{first}' and '{TextEdits.Show(second)}'",
            site => Rename(Rename(site, document, (folder, _, suffix) => folder + first + suffix, keep: true), document, (folder, _, suffix) => folder + second + suffix, keep: true));

    private static Gen<Mutation> Extra() =>
        from extra in Gen.OneOf(Extras)
        select new Mutation($"add {TextEdits.Show(extra.Path)}", site => site.With(extra.Path, extra.Text));

    private static Gen<Mutation> RemoveThemeFile() =>
        from file in Gen.OneOf(ThemeFiles)
        select new Mutation($"remove {file}", site => site.Without(file));

    /// <summary>Renames (or with <paramref name="keep"/> copies) a document: <paramref name="name"/> gets its folder below content/, its stem and its suffix.</summary>
    private static FuzzSite Rename(FuzzSite site, int document, Func<string, string, string, string> name, bool keep = false)
    {
        if (TextEdits.PickDocument(site, document) is not { } path)
        {
            return site;
        }

        var relative = path[FuzzSite.Content.Length..];
        var slash = relative.LastIndexOf('/');
        var folder = relative[..(slash + 1)];
        var file = relative[(slash + 1)..];
        var dot = file.IndexOf('.', 1);
        var (stem, suffix) = dot < 0 ? (file, string.Empty) : (file[..dot], file[dot..]);
        var target = FuzzSite.Content + name(folder, stem, suffix);
        var bytes = site.Files[path];
        return (keep ? site : site.Without(path)).With(target, bytes);
    }
}
