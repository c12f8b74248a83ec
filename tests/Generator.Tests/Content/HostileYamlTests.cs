using Generator.Configuration;
using Generator.Content;
using Generator.Diagnostics;
using Generator.Yaml;

namespace Generator.Tests.Content;

/// <summary>
/// YAML as authors mistype it, and as a hostile file could write it: every case ends in
/// diagnostics inside the author's file, never in an exception, a hang or a stack overflow.
/// </summary>
public sealed class HostileYamlTests
{
    public static TheoryData<string, string> Cases() => new()
    {
        { "unclosed flow list", "title: T\ntopics: [housing\n" },
        { "unclosed flow list, last line", "title: T\ntopics: [housing" },
        { "unclosed flow list, keys after", "title: T\ntopics: [a, b\ncities: [x, y]\nprojects: [p]\nevents: [e]\n" },
        { "unclosed flow mapping, keys after", "title: T\ntags: {a: 1\ncities: [x, y]\nsummary: s\n" },
        { "unclosed flow mapping", "title: T\ntags: {a: 1\n" },
        { "unclosed flow mapping in a list", "title: T\ntags: [{a: 1, b\n" },
        { "unclosed double quote", "title: \"unclosed\n" },
        { "unclosed single quote", "title: 'unclosed\n" },
        { "closing bracket alone", "title: T\ntags: ]\n" },
        { "tab indentation", "title: T\nparams:\n\ticon: star\n" },
        { "duplicate key", "title: a\ntitle: b\n" },
        { "duplicate key in params", "title: T\nparams:\n  a: 1\n  a: 2\n" },
        { "quoted and plain duplicate key", "title: T\nparams:\n  a: 1\n  'a': 2\n" },
        { "list as a key", "[a]: b\ntitle: T\n" },
        { "mapping as a key", "? {a: 1}\n: b\ntitle: T\n" },
        { "complex key in params", "title: T\nparams:\n  ? [x, y]\n  : z\n" },
        { "empty key", "title: T\n: value\n" },
        { "undefined alias", "title: *nowhere\n" },
        { "self-referencing alias", "title: T\nparams:\n  loop: &x [*x]\n" },
        { "merge key of a list", "title: T\nparams:\n  <<: [1, 2]\n" },
        { "merge key of an alias", "title: T\nbase: &b {x: 1}\nparams:\n  <<: *b\n" },
        { "alias expansion bomb", Bomb() },
        { "deep flow nesting", "title: T\nparams: " + new string('[', 20000) + new string(']', 20000) + "\n" },
        { "deep unclosed flow nesting", "title: T\nparams: " + new string('[', 20000) + "\n" },
        { "deep block nesting", "title: T\n" + string.Concat(Enumerable.Range(0, 400).Select(i => new string(' ', i) + "k:\n")) },
        { "unknown tag", "title: !custom T\n" },
        { "binary tag with bad data", "title: !!binary ***\n" },
        { "int tag on text", "title: T\nweight: !!int abc\n" },
        { "directive", "%YAML 1.1\n---\ntitle: T\n" },
        { "two documents", "title: T\n---\ntitle: U\n" },
        { "NUL character", "title: T\u0000x\n" },
        { "control character", "title: T\u0007x\n" },
        { "lone surrogate", "title: T\ud800x\n" },
        { "byte order mark inside", "title: T\n\ufeffdate: 2019-01-01\n" },
        { "document end marker only", "...\n" },
        { "anchor on a key", "&k title: T\n" },
        { "very long key", new string('k', 100_000) + ": v\ntitle: T\n" },
        { "title is a list", "title: [a, b]\n" },
        { "title is a mapping", "title: {a: b}\n" },
        { "date is a list", "title: T\ndate: [2019]\n" },
        { "relations as a mapping", "title: T\ntopics: {a: b}\n" },
        { "aliases with a null", "title: T\naliases: [~, /a/]\n" },
        { "weight overflow", "title: T\nweight: 99999999999999999999\n" },
        { "date far out of range", "title: T\ndate: 99999-01-01\n" },
        { "date year zero", "title: T\ndate: 0000-01-01\n" },
    };

    /// <summary>Cases that are valid YAML and sensible front matter: they may pass without a word.</summary>
    private static readonly HashSet<string> Valid =
        ["merge key of a list", "anchor on a key", "lone surrogate", "control character", "unknown tag", "two documents", "aliases with a null"];

    private static string Bomb()
    {
        var lines = new List<string> { "title: T", "a: &a [x, x, x, x, x, x, x, x, x, x]" };
        for (var i = 1; i < 20; i++)
        {
            var previous = "*" + (char)('a' + i - 1);
            lines.Add($"{(char)('a' + i)}: &{(char)('a' + i)} [{string.Join(", ", Enumerable.Repeat(previous, 10))}]");
        }

        lines.Add("params: {bomb: *t}");
        return string.Join('\n', lines) + "\n";
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Front_matter_gives_positioned_diagnostics_and_never_throws(string name, string yaml)
    {
        var text = "---\n" + yaml + (yaml.EndsWith('\n') ? string.Empty : "\n") + "---\nBody\n";
        var diagnostics = new DiagnosticBag();

        var started = Support.ThreadClock.Now();
        var block = FrontMatterBlock.Split(text);
        new FrontMatterParser().Parse(block, "doc.md", diagnostics);

        var used = Support.ThreadClock.Now() - started;
        Assert.True(used < TimeSpan.FromSeconds(2), $"{name}: took {used} of processor time");
        AssertInside(diagnostics, "doc.md", text, name);
        Assert.True(Valid.Contains(name) || diagnostics.Count > 0, $"{name}: no diagnostic");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Site_configuration_gives_positioned_diagnostics_and_never_throws(string name, string yaml)
    {
        var text = "baseUrl: https://example.org/\nlanguages:\n  en: { name: English }\n" + yaml;
        var diagnostics = new DiagnosticBag();

        new SiteConfigLoader().Load(text, "site.yml", null, diagnostics);

        AssertInside(diagnostics, "site.yml", text, name);
    }

    [Theory]
    [InlineData("---")]
    [InlineData("---\n")]
    [InlineData("--- ")]
    [InlineData("---\n---")]
    [InlineData("a:\n---\n")]
    [InlineData("--- |")]
    public void A_site_configuration_of_document_markers_is_reported_inside_the_file(string text)
    {
        var diagnostics = new DiagnosticBag();

        new SiteConfigLoader().Load(text, "site.yml", null, diagnostics);

        Assert.NotEmpty(diagnostics.ToImmutableSorted());
        AssertInside(diagnostics, "site.yml", text, text);
    }

    [Theory]
    [InlineData("title: T\ntopics: [housing\n", 3, 9, "'[' is never closed")]
    [InlineData("title: T\ntags: {a: 1\n", 3, 7, "'{' is never closed")]
    [InlineData("title: T\nparams:\n  loop: &x [*x]\n", 4, 9, "refers to itself")]
    [InlineData("title: T\nparams:\n\ticon: star\n", 4, 1, "a tab is used for indentation")]
    [InlineData("title: T\nsummary: \"unclosed\ndate: 2019-01-01\n", 3, 10, "the quote opened here is never closed")]
    [InlineData("title: a\ntitle: b\n", 3, 1, "'title' is given twice")]
    public void Names_the_place_and_the_cause(string yaml, int line, int column, string message)
    {
        var diagnostics = new DiagnosticBag();
        new FrontMatterParser().Parse(FrontMatterBlock.Split("---\n" + yaml + "---\n"), "doc.md", diagnostics);

        var error = Assert.Single(diagnostics.ToImmutableSorted(), d => d.IsError);
        Assert.Equal((DiagnosticCodes.FrontMatterSyntax, line, column), (error.Code, error.Line, error.Column));
        Assert.Contains(message, error.Message);
        Assert.NotNull(error.Hint);
    }

    [Fact]
    public void A_second_document_in_the_site_configuration_is_reported_not_ignored_silently()
    {
        var diagnostics = new DiagnosticBag();

        new SiteConfigLoader().Load("baseUrl: https://example.org/\nlanguages:\n  en: { name: English }\n---\nsearch: true\n", "site.yml", null, diagnostics);

        var warning = Assert.Single(diagnostics.ToImmutableSorted());
        Assert.Equal((Severity.Warning, 5, 1), (warning.Severity, warning.Line, warning.Column));
        Assert.Contains("only the first YAML document is read", warning.Message);
    }

    [Fact]
    public void Invisible_characters_and_long_keys_are_quoted_legibly()
    {
        var diagnostics = new DiagnosticBag();

        new FrontMatterParser().Parse(FrontMatterBlock.Split("---\ntitle: T\n\ufeffdate: 2019-01-01\n" + new string('k', 500) + ": v\n---\n"), "doc.md", diagnostics);

        var warnings = diagnostics.ToImmutableSorted();
        Assert.Equal("unknown front matter key '\\uFEFFdate'", warnings[0].Message);
        Assert.Equal("unknown front matter key '" + new string('k', 80) + "…'", warnings[1].Message);
    }

    [Fact]
    public void Aliases_that_expand_to_too_much_are_refused_not_expanded()
    {
        var diagnostics = new DiagnosticBag();
        var source = new YamlSource("doc.md", 0, diagnostics);

        var root = source.Load(Bomb(), DiagnosticCodes.FrontMatterSyntax, out var malformed);

        Assert.Null(root);
        Assert.True(malformed);
        Assert.Contains("expand to more than 10,000 values", Assert.Single(diagnostics.ToImmutableSorted()).Message);
    }

    private static void AssertInside(DiagnosticBag diagnostics, string file, string text, string name)
    {
        var lines = text.Split('\n');
        foreach (var d in diagnostics.ToImmutableSorted())
        {
            Assert.True(d.File == file, $"{name}: {d} names another file");
            Assert.True(d.Line >= 1 && d.Line <= lines.Length, $"{name}: {d} is outside the file's {lines.Length} lines");
            Assert.True(d.Column >= 1 && d.Column <= lines[d.Line - 1].Length + 1, $"{name}: {d} is outside line {d.Line} ({lines[d.Line - 1].Length} characters)");
            Assert.False(d.Message.Contains("Exception", StringComparison.Ordinal), $"{name}: {d} shows an exception");
        }
    }
}
