using System.Globalization;
using Generator.Diagnostics;
using Generator.Markdown;
using Generator.Markdown.Typography;

namespace Generator.Tests.Markdown;

public sealed class TypographyTests
{
    private const string Narrow = "\u202F";
    private const string Space = "\u00A0";

    [Fact]
    public void French_high_punctuation_gets_a_narrow_no_break_space_and_the_colon_a_no_break_space()
    {
        var html = Body("Attention: le texte; la question? la réponse!", "fr-FR");

        Assert.Equal($"<p>Attention{Space}: le texte{Narrow}; la question{Narrow}? la réponse{Narrow}!</p>\n", html);
    }

    [Fact]
    public void An_ordinary_space_the_author_typed_before_the_mark_becomes_the_no_break_one_never_two()
    {
        var html = Body("Quoi ? Vraiment  ! Note : oui ; non.", "fr-CA");

        Assert.Equal($"<p>Quoi{Narrow}? Vraiment{Narrow}! Note{Space}: oui{Narrow}; non.</p>\n", html);
    }

    [Fact]
    public void A_block_whose_only_mark_is_written_as_an_entity_still_gets_its_space_and_one_without_marks_is_left_as_typed()
    {
        var html = Body("Il dit oui &raquo; puis non\n\nRien à changer ici, ni là\n\n*Ni* **ici** [non plus](https://example.org/)", "fr-FR");

        Assert.Equal($"<p>Il dit oui{Space}» puis non</p>\n<p>Rien à changer ici, ni là</p>\n<p><em>Ni</em> <strong>ici</strong> <a href=\"https://example.org/\">non plus</a></p>\n", html);
    }

    [Fact]
    public void Guillemets_get_no_break_spaces_inside_whether_the_author_typed_spaces_or_not()
    {
        var html = Body("Il dit « oui » puis «non».", "fr-FR");

        Assert.Equal($"<p>Il dit «{Space}oui{Space}» puis «{Space}non{Space}».</p>\n", html);
    }

    [Fact]
    public void French_straight_double_quotes_become_guillemets_and_apostrophes_become_typographic()
    {
        var html = Body("L'école dit \"bonjour\" et \" au revoir \".", "fr-FR");

        Assert.Equal($"<p>L’école dit «{Space}bonjour{Space}» et «{Space}au revoir{Space}».</p>\n", html);
    }

    [Fact]
    public void Code_spans_fenced_code_and_raw_html_code_are_left_as_typed()
    {
        var html = Body("Voir `a; b: \"c\"?` et <code>x; y</code> !\n\n```\nif (a) { b; c? d: e; \"f\" }\n```\n", "fr-FR");

        Assert.Contains("<code>a; b: &quot;c&quot;?</code>", html);
        Assert.Contains("<code>x; y</code>", html);
        Assert.Contains($"</code>{Narrow}!", html);
        Assert.Contains("if (a) { b; c? d: e; &quot;f&quot; }", html);
    }

    [Fact]
    public void Urls_link_destinations_titles_and_times_get_no_space()
    {
        var html = Body("Rendez-vous à 10:30 sur https://example.org/a?b=1 ou <https://example.org/c?d> et [la page](https://example.org/?q=1 \"Titre: x\") !", "fr-FR");

        Assert.Contains("10:30", html);
        Assert.Contains("href=\"https://example.org/a?b=1\">https://example.org/a?b=1</a>", html);
        Assert.Contains("href=\"https://example.org/c?d\">https://example.org/c?d</a>", html);
        Assert.Contains("href=\"https://example.org/?q=1\" title=\"Titre: x\">la page</a>" + Narrow + "!", html);
    }

    [Fact]
    public void A_mark_at_the_start_of_a_line_or_after_a_no_break_space_gets_none_added()
    {
        var html = Body($"? est une question\ncomme ! ceci\n\nDéjà{Narrow}? Et «{Space}là{Space}».", "fr-FR");

        Assert.Equal($"<p>? est une question\ncomme{Narrow}! ceci</p>\n<p>Déjà{Narrow}? Et «{Space}là{Space}».</p>\n", html);
    }

    [Fact]
    public void A_character_the_author_escaped_stays_as_typed()
    {
        var html = Body("Il a écrit \\\"ceci\\\" et ceci\\?", "fr-FR");

        Assert.Equal("<p>Il a écrit &quot;ceci&quot; et ceci?</p>\n", html);
    }

    [Fact]
    public void Image_text_and_wikilinks_are_not_changed()
    {
        var body = Read("![Une \"image\"](a.png) et [[cities/aleppo|Alep: l'ville]] !", "fr-FR");

        Assert.Contains("alt=\"Une &quot;image&quot;\"", Html(body));
        Assert.EndsWith($"[slot]{Narrow}!</p>\n", Html(body));
        Assert.Equal(("cities/aleppo", "Alep: l'ville"), (body.Links[0].Target, body.Links[0].Label));
    }

    [Fact]
    public void Marks_across_emphasis_and_links_read_the_text_around_them()
    {
        var html = Body("*Attention*: \"[le lien](https://example.org)\" et **fin**!", "fr-FR");

        Assert.Equal($"<p><em>Attention</em>{Space}: «{Space}<a href=\"https://example.org\">le lien</a>{Space}» et <strong>fin</strong>{Narrow}!</p>\n", html);
    }

    [Fact]
    public void English_straight_quotes_become_curly_and_apostrophes_typographic()
    {
        var html = Body("\"Hello,\" she said. 'Don't,' he replied; it's the '90s: 10:30!", "en-GB");

        Assert.Equal("<p>“Hello,” she said. ‘Don’t,’ he replied; it’s the ’90s: 10:30!</p>\n", html);
    }

    [Fact]
    public void Dutch_uses_curly_quotes_and_keeps_its_elisions_as_apostrophes()
    {
        var html = Body("Hij zei \"ja\" en 's avonds 'nee' in 's-Hertogenbosch.", "nl-NL");

        Assert.Equal("<p>Hij zei “ja” en ’s avonds ‘nee’ in ’s-Hertogenbosch.</p>\n", html);
    }

    [Fact]
    public void German_uses_low_opening_quotes()
    {
        var html = Body("Er sagte \"ja\" und 'nein' zu Hans' Buch.", "de-DE");

        Assert.Equal("<p>Er sagte „ja“ und ‚nein‘ zu Hans’ Buch.</p>\n", html);
    }

    [Fact]
    public void A_language_not_in_the_table_gets_its_apostrophes_only()
    {
        var html = Body("Disse \"sim\" d'água: já?", "pt-PT");

        Assert.Equal("<p>Disse &quot;sim&quot; d’água: já?</p>\n", html);
    }

    [Theory]
    [InlineData("fr-FR", "L'école dit \"bonjour\" : « oui », «non»; quoi?! À 10:30 sur http://x.org/?a.")]
    [InlineData("en-GB", "\"Hello,\" she said. 'Don't,' he replied; it's the '90s.")]
    [InlineData("nl-NL", "Hij zei \"ja\" en 's avonds 'nee'.")]
    [InlineData("de-DE", "Er sagte \"ja\" und 'nein'.")]
    public void Typography_applied_twice_changes_nothing_more(string culture, string text)
    {
        var typographer = new TextTypographer(TypographyConventions.For(CultureInfo.GetCultureInfo(culture)));

        var once = typographer.Apply(text);

        Assert.NotEqual(text, once);
        Assert.Equal(once, typographer.Apply(once));
        Assert.Equal(Body(text, culture), Body(once, culture));
    }

    [Fact]
    public void Without_rules_the_body_is_as_markdig_writes_it()
    {
        var html = Body("Quoi? \"Oui\" l'école.", culture: null);

        Assert.Equal("<p>Quoi? &quot;Oui&quot; l'école.</p>\n", html);
    }

    private static string Body(string markdown, string? culture) => Html(Read(markdown, culture));

    private static CompiledBody Read(string markdown, string? culture)
    {
        var rules = culture is null ? null : TypographyConventions.For(CultureInfo.GetCultureInfo(culture));
        var diagnostics = new DiagnosticBag();
        var body = new BodyReader(MarkdownPipelineFactory.Create()).Read(markdown, 1, "input/content/page.md", diagnostics, rules);
        Assert.Empty(diagnostics.ToImmutableSorted());
        return body;
    }

    private static string Html(CompiledBody body) => string.Concat(body.Html.Parts.Select(part => part is HtmlPart html ? html.Html : "[slot]"));
}
