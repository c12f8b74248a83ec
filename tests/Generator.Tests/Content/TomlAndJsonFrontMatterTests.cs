using Generator.Content;
using Generator.Dates;
using Generator.Diagnostics;

namespace Generator.Tests.Content;

/// <summary>
/// Front matter in Hugo's two other forms: TOML between <c>+++</c> lines and a JSON object. Both
/// read as YAML does, with each key's line kept for diagnostics; each mistake is at its place.
/// </summary>
public sealed class TomlAndJsonFrontMatterTests
{
    private static (FrontMatter FrontMatter, DiagnosticBag Diagnostics) Parse(string text)
    {
        var diagnostics = new DiagnosticBag();
        return (new FrontMatterParser(Support.TestConfig.Minimal().Model).Parse(FrontMatterBlock.Split(text), "doc.md", "page", diagnostics), diagnostics);
    }

    private static string Describe(DiagnosticBag diagnostics) => string.Join("\n", diagnostics.ToImmutableSorted());

    [Fact]
    public void Toml_reads_strings_dates_with_offsets_arrays_and_tables()
    {
        var (fm, diagnostics) = Parse("+++\ntitle = 'Annual report'\ndate = 2018-03-09T09:00:00-04:00\ntags = [\"a\", 'b']\n\n[params]\nicon = \"star\"\nweight = 3\n+++\nBody\n");

        Assert.True(diagnostics.Count == 0, Describe(diagnostics));
        Assert.Equal("Annual report", fm.Title);
        Assert.Equal(DateValue.Instant(new DateTimeOffset(2018, 3, 9, 9, 0, 0, TimeSpan.FromHours(-4))), fm.Date);
        Assert.Equal(["a", "b"], fm.Tags.ToArray());
        Assert.Equal("star", fm.Params["icon"]);
        Assert.Equal(new SourcePosition(3, 8), fm.Positions["date"].Position);
    }

    [Fact]
    public void A_mistake_in_toml_is_reported_at_its_key_line()
    {
        var (_, diagnostics) = Parse("+++\ntitle = \"T\"\n\ndate = \"someday\"\ntagz = [\"x\"]\n+++\n");

        var text = Describe(diagnostics);
        Assert.Contains("doc.md(4,", text);
        Assert.Contains("doc.md(5,1): warning GEN014: unknown front matter key 'tagz'", text);
    }

    [Theory]
    [InlineData("+++\ntitle = \"Unclosed string\ndate = 2020-01-01\n+++\n", "doc.md(2,", "GEN010")]
    [InlineData("+++\ntitle = \"T\"\ntitle = \"Again\"\n+++\n", "doc.md(3,", "GEN010")]
    [InlineData("+++\ntitle = \"T\"\n", "doc.md(1,1)", "GEN015")]
    public void Toml_syntax_errors_and_unclosed_blocks_are_positioned(string text, string where, string code)
    {
        var (_, diagnostics) = Parse(text);

        var described = Describe(diagnostics);
        Assert.Contains(where, described);
        Assert.Contains(code, described);
    }

    [Fact]
    public void Toml_nested_too_deep_is_refused_before_it_is_parsed()
    {
        var (_, diagnostics) = Parse("+++\ntitle = \"T\"\nx = " + new string('[', 20_000) + new string(']', 20_000) + "\n+++\n");

        Assert.Contains("doc.md(3,69): error GEN010: front matter is nested more than 64 levels deep", Describe(diagnostics));
    }

    [Fact]
    public void Json_reads_as_yaml_with_its_own_lines()
    {
        var (fm, diagnostics) = Parse("{\n  \"title\": \"Json\",\n  \"date\": \"2019-06\",\n  \"tagz\": [\"x\"]\n}\nBody\n");

        Assert.Equal("Json", fm.Title);
        Assert.Equal(DateValue.Month(2019, 6), fm.Date);
        Assert.Equal("doc.md(4,3): warning GEN014: unknown front matter key 'tagz'", Describe(diagnostics));
    }

    [Fact]
    public void A_json_object_without_its_closing_brace_line_is_unclosed()
    {
        var (_, diagnostics) = Parse("{\n  \"title\": \"Json\"\nBody\n");

        Assert.Equal("doc.md(1,1): error GEN015: front matter is not closed", Describe(diagnostics));
        Assert.Equal("end JSON front matter with a line holding only its closing brace: }", Assert.Single(diagnostics.ToImmutableSorted()).Hint);
    }
}
