using System.Collections.Immutable;
using Generator.Diagnostics;
using Generator.Markdown;
using Generator.Markdown.Shortcodes;

namespace Generator.Tests.Markdown;

/// <summary>
/// Reading a body with Hugo-style shortcodes: tags outside code become calls (slots the render
/// stage fills), every mistake is an error at its place, and every other position in the text
/// stays where the author wrote it.
/// </summary>
public sealed class ShortcodeReadingTests
{
    private const string File = "input/content/news/x.en.md";

    private static readonly ShortcodeSet Shortcodes = new(ImmutableDictionary<string, ShortcodeDefinition>.Empty
        .Add("figure", Definition("figure", ShortcodeInner.None, ("src", true), ("alt", true), ("caption", false)))
        .Add("callout", Definition("callout", ShortcodeInner.Required, ("type", false)) with
        {
            Parameters = [new ShortcodeParameter("type", false) { Values = ["note", "warning"] }],
        }));

    private static ShortcodeDefinition Definition(string name, ShortcodeInner inner, params (string Name, bool Required)[] parameters) =>
        new(name, [.. parameters.Select(p => new ShortcodeParameter(p.Name, p.Required))], inner, new SourceRef("theme/shortcodes/" + name + ".html"));

    private static (CompiledBody Body, ImmutableArray<Diagnostic> Diagnostics) Read(string body)
    {
        var diagnostics = new DiagnosticBag();
        var compiled = new BodyReader(MarkdownPipelineFactory.Create(), Shortcodes).Read(body, 5, File, diagnostics);
        return (compiled, diagnostics.ToImmutableSorted());
    }

    private static string Describe(ImmutableArray<Diagnostic> diagnostics) => string.Join("\n", diagnostics.Select(d => d.ToString()));

    [Fact]
    public void A_call_gets_its_arguments_by_name_positional_ones_in_declared_order_and_null_for_the_rest()
    {
        var (body, diagnostics) = Read("Intro.\n\n{{< figure \"/images/a.png\" alt=\"A chart\" >}}\n\nAfter.\n");

        Assert.Empty(diagnostics);
        var call = Assert.Single(body.Calls);
        Assert.Equal("figure", call.Name);
        Assert.Equal([KeyValuePair.Create("src", (string?)"/images/a.png"), KeyValuePair.Create("alt", (string?)"A chart"), KeyValuePair.Create("caption", (string?)null)], call.Arguments.ToArray());
        Assert.Equal(new SourcePosition(7, 1), call.Position);
        Assert.Contains(body.Html.Parts, p => p is ShortcodeSlot { Kind: ShortcodeMarkerKind.Call, Call: 0 });
        Assert.DoesNotContain(body.Html.Parts.OfType<HtmlPart>(), p => p.Html.Contains("figure", StringComparison.Ordinal) || p.Html.Contains("<p></p>", StringComparison.Ordinal));
    }

    [Fact]
    public void Tags_in_code_are_left_as_text()
    {
        var (body, diagnostics) = Read("Write `{{< figure >}}` or:\n\n```\n{{< nope >}}\n```\n");

        Assert.Empty(diagnostics);
        Assert.Empty(body.Calls);
        var html = string.Concat(body.Html.Parts.OfType<HtmlPart>().Select(p => p.Html));
        Assert.Contains("<code>{{&lt; figure &gt;}}</code>", html);
        Assert.Contains("{{&lt; nope &gt;}}", html);
    }

    [Fact]
    public void Positions_after_a_shortcode_stay_where_the_author_wrote_them()
    {
        var (body, _) = Read("A {{< figure src=\"/a.png\" alt=\"A\" >}} then [[projects/values]].\n\n## Heading\n");

        var link = Assert.Single(body.Links);
        Assert.Equal(new SourcePosition(5, 44), link.Position);
        Assert.Equal(new SourcePosition(7, 1), Assert.Single(body.Headings).Position);
    }

    [Fact]
    public void The_inner_text_is_markdown_read_in_place_with_its_links()
    {
        var (body, diagnostics) = Read("{{% callout warning %}}\n**Mind** [[projects/values]].\n{{% /callout %}}\n");

        Assert.Empty(diagnostics);
        Assert.Equal(new SourcePosition(6, 10), Assert.Single(body.Links).Position);
        var parts = body.Html.Parts;
        var open = parts.IndexOf(parts.First(p => p is ShortcodeSlot { Kind: ShortcodeMarkerKind.Open }));
        var close = parts.IndexOf(parts.First(p => p is ShortcodeSlot { Kind: ShortcodeMarkerKind.Close }));
        Assert.True(open < close);
        Assert.Contains(parts.Skip(open).Take(close - open).OfType<HtmlPart>(), p => p.Html.Contains("<strong>Mind</strong>", StringComparison.Ordinal));
        Assert.Equal([KeyValuePair.Create("type", (string?)"warning")], Assert.Single(body.Calls).Arguments.ToArray());
    }

    [Theory]
    [InlineData("{{< figur src=\"a\" alt=\"b\" >}}\n", "input/content/news/x.en.md(5,1): error GEN018: unknown shortcode 'figur'")]
    [InlineData("Text.\n\n{{< figure src=\"a.png\" >}}\n", "input/content/news/x.en.md(7,1): error GEN019: the shortcode 'figure' needs 'alt'")]
    [InlineData("{{< callout >}}\nNever closed.\n", "input/content/news/x.en.md(5,1): error GEN019: the shortcode 'callout' is never closed")]
    [InlineData("Text.\n{{< /callout >}}\n", "input/content/news/x.en.md(6,1): error GEN019: '{{< /callout >}}' closes a shortcode that is not open")]
    [InlineData("{{< callout type=\"danger\" >}}\nx\n{{< /callout >}}\n", "input/content/news/x.en.md(5,13): error GEN019: 'danger' is not a value of 'type' of the shortcode 'callout'")]
    [InlineData("{{< figure src=\"a\" alt=\"b\" >}}x{{< /figure >}}\n", "input/content/news/x.en.md(5,1): error GEN019: the shortcode 'figure' takes no inner text")]
    [InlineData("A {{< figure src=\"a\n", "input/content/news/x.en.md(5,3): error GEN019: a shortcode tag is never closed with '>}}'")]
    [InlineData("See {{< ref \"projects/values\" >}}.\n", "input/content/news/x.en.md(5,5): error GEN019: 'ref' gives a URL, and is used only as a link's destination")]
    [InlineData("{{< callout >}}\nA paragraph {{< /callout >}}\n", "input/content/news/x.en.md(5,1): error GEN019: the shortcode 'callout' opens and closes in different places of the text")]
    public void Each_mistake_is_an_error_at_its_place(string text, string expected)
    {
        var (_, diagnostics) = Read(text);

        Assert.True(diagnostics.Any(d => d.ToString() == expected), Describe(diagnostics));
    }

    [Fact]
    public void An_unknown_parameter_is_a_warning_with_a_did_you_mean()
    {
        var (body, diagnostics) = Read("{{< figure src=\"a\" alt=\"b\" captoin=\"c\" >}}\n");

        var warning = Assert.Single(diagnostics);
        Assert.Equal("input/content/news/x.en.md(5,28): warning GEN019: the shortcode 'figure' has no parameter 'captoin'; it is ignored", warning.ToString());
        Assert.Equal("did you mean 'caption'?", warning.Hint);
        Assert.Single(body.Calls);
    }

    [Fact]
    public void A_ref_in_a_link_destination_is_a_link_to_a_page_by_its_id()
    {
        var (body, diagnostics) = Read("See [the project]({{< ref \"projects/values.md#aims\" >}}) and [[x]].\n");

        Assert.Empty(diagnostics);
        Assert.Equal(2, body.Links.Length);
        Assert.Equal((BodyLinkKind.Ref, "projects/values", "aims"), (body.Links[0].Kind, body.Links[0].Target, body.Links[0].Anchor));
        Assert.Equal(new SourcePosition(5, 62), body.Links[1].Position);
    }

    [Fact]
    public void Text_that_poses_as_a_marker_is_neutralized()
    {
        var (body, diagnostics) = Read("Odd \uE0000\uE001 text.\n");

        Assert.Empty(diagnostics);
        Assert.Empty(body.Calls);
        Assert.DoesNotContain(body.Html.Parts, p => p is ShortcodeSlot);
    }
}
