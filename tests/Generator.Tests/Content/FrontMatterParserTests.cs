using System.Text;
using Generator.Content;
using Generator.Diagnostics;

namespace Generator.Tests.Content;

public sealed class FrontMatterParserTests
{
    private static (FrontMatter FrontMatter, FrontMatterBlock Block, DiagnosticBag Diagnostics) Parse(byte[] bytes)
    {
        var text = TextDecoder.Decode(bytes)!;
        var block = FrontMatterBlock.Split(text);
        var diagnostics = new DiagnosticBag();
        return (new FrontMatterParser().Parse(block, "doc.md", diagnostics), block, diagnostics);
    }

    private static byte[] Utf8(string text, bool bom = false, bool crlf = false)
    {
        var bytes = Encoding.UTF8.GetBytes(crlf ? text.Replace("\n", "\r\n") : text);
        return bom ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes;
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void Reads_the_same_values_and_positions_with_or_without_BOM_and_CRLF(bool bom, bool crlf)
    {
        var (fm, block, diagnostics) = Parse(Utf8("---\ntitle: Été\ndate: 2019-04-09\ntags: [a, b]\nweight: 3\n---\nBody\n", bom, crlf));

        Assert.Equal(0, diagnostics.Count);
        Assert.Equal("Été", fm.Title);
        Assert.Equal(Generator.Dates.DateValue.Day(2019, 4, 9), fm.Date);
        Assert.Equal(["a", "b"], fm.Tags.ToArray());
        Assert.Equal(3, fm.Weight);
        Assert.Equal(new SourcePosition(3, 7), fm.Positions["date"].Position);
        Assert.Equal(7, block.BodyFirstLine);
        Assert.Equal("Body\n", block.Body);
    }

    [Fact]
    public void Unknown_keys_are_kept_and_reported_with_a_did_you_mean()
    {
        var (fm, _, diagnostics) = Parse(Utf8("---\ntitle: T\nsumary: short\ncolour: blue\n---\n"));

        Assert.Equal("short", fm.Params["sumary"]);
        Assert.Equal("blue", fm.Params["colour"]);
        var warnings = diagnostics.ToImmutableSorted();
        Assert.Collection(warnings,
            d => Assert.Equal(("GEN014", 3, 1, "did you mean 'summary'?"), (d.Code, d.Line, d.Column, d.Hint)),
            d => Assert.Equal(("GEN014", 4, 1, Severity.Warning), (d.Code, d.Line, d.Column, d.Severity)));
        Assert.DoesNotContain("did you mean", warnings[1].Hint);
    }

    [Fact]
    public void Values_under_params_are_kept_without_warnings()
    {
        var (fm, _, diagnostics) = Parse(Utf8("---\ntitle: T\nparams:\n  icon: star\n  count: 3\n---\n"));

        Assert.Equal(0, diagnostics.Count);
        Assert.Equal("star", fm.Params["icon"]);
        Assert.Equal(3L, fm.Params["count"]);
    }

    [Fact]
    public void Every_wrong_value_is_reported_not_only_the_first()
    {
        var (_, _, diagnostics) = Parse(Utf8("---\ntitle: T\ndate: soon\nweight: heavy\ndraft: perhaps\nslug: '!!!'\n---\n"));

        Assert.Equal(
            ["(3,7) GEN012", "(4,9) GEN013", "(5,8) GEN013", "(6,7) GEN013"],
            diagnostics.ToImmutableSorted().Select(d => $"({d.Line},{d.Column}) {d.Code}"));
    }

    [Fact]
    public void Invalid_utf8_is_not_decoded()
    {
        Assert.Null(TextDecoder.Decode([0x2D, 0xC3, 0x28]));
    }
}

/// <summary>A declared field written without a value is unset: its default applies, and a required one is reported at its line.</summary>
public sealed class EmptyFieldTests
{
    private static readonly Generator.Configuration.SiteConfig Config = Support.TestConfig.Read(
        "baseUrl: https://example.org/\nlanguages:\n  en: { name: English }\ntypes:\n  report:\n    fields:\n"
        + "      lead: { type: text, required: true }\n      pages: { type: number }\n      held: { type: date }\n"
        + "      format: { type: enum, values: [print, web], default: web }\n      chair: { type: reference, to: report }\n"
        + "sections:\n  reports: { type: report }\n");

    private static (FrontMatter FrontMatter, DiagnosticBag Diagnostics) Parse(string text)
    {
        var diagnostics = new DiagnosticBag();
        return (new FrontMatterParser(Config.Model).Parse(FrontMatterBlock.Split(text), "doc.md", "report", diagnostics), diagnostics);
    }

    [Fact]
    public void Empty_values_are_unset_and_an_empty_required_field_is_an_error_at_its_line()
    {
        var (fm, diagnostics) = Parse("---\ntitle: T\npages:\nheld: \"\"\nformat:   # print or web\nchair:\nlead:   # TODO\n---\n");

        var error = Assert.Single(diagnostics.ToImmutableSorted());
        Assert.Equal(("GEN064", 7, 1, Severity.Error), (error.Code, error.Line, error.Column, error.Severity));
        Assert.Equal("'lead' is empty, and pages of type 'report' need it", error.Message);
        Assert.Equal("give it a value: 'lead: text'", error.Hint);
        Assert.Equal(["format"], fm.Fields.Keys);
        Assert.Equal("web", fm.Fields["format"]);
        Assert.Empty(fm.Relations);
    }

    [Fact]
    public void A_missing_required_field_is_still_an_error_at_the_front_matter()
    {
        var (_, diagnostics) = Parse("---\ntitle: T\n---\n");

        var error = Assert.Single(diagnostics.ToImmutableSorted());
        Assert.Equal(("GEN064", 2, 1, "pages of type 'report' need 'lead'"), (error.Code, error.Line, error.Column, error.Message));
    }
}
