using Generator.Tests.Support;

namespace Generator.Tests.Rendering;

/// <summary>
/// The theme's shortcodes, rendered with the project's theme in two languages: figure, callout,
/// video, download and ref, each as the reader's language shows it, and a site's own shortcode
/// in place of the theme's.
/// </summary>
public sealed class ShortcodeRenderingTests
{
    private const string SiteYml = """
        baseUrl: https://example.org/
        defaultLanguage: en
        languages:
          en: { name: English, culture: en-GB, title: Test }
          fr: { name: Français, culture: fr-FR, title: Essai }
        sections:
          news: { type: news, segments: { en: news, fr: actualites } }
          projects: { type: project }
        """;

    private const string Body = """
        Read [the project]({{< ref "projects/values#aims" >}}).

        {{< figure src="/images/chart.svg" alt="A chart" caption="Arrivals" credit="Eurostat" >}}

        {{< callout warning >}}
        Plan **early**.
        {{< /callout >}}

        {{< video src="https://www.youtube.com/watch?v=dQw4w9WgXcQ" title="The meeting" >}}

        {{< download src="/files/report.pdf" title="The report" >}}
        """;

    private static TempDirectory Build(out Generator.Build.BuildResult result, string? ownCallout = null)
    {
        var site = new TempDirectory();
        site.Write("input/site.yml", SiteYml);
        site.Write("input/static/images/chart.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
        site.Write("input/static/files/report.pdf", new string('x', 2500));
        site.Write("input/content/projects/values.en.md", "---\ntitle: Values\n---\n## Aims\n\nText.\n");
        site.Write("input/content/news/a.en.md", "---\ntitle: A\n---\n" + Body + "\n");
        site.Write("input/content/news/a.fr.md", "---\ntitle: A\n---\n" + Body + "\n");
        if (ownCallout is not null)
        {
            site.Write("input/shortcodes/callout.html", ownCallout);
        }

        result = TestBuild.Run(site.Path, site.Combine("public"), themeDirectory: Path.Combine(Repo.Root, "theme"));
        return site;
    }

    [Fact]
    public void Each_theme_shortcode_renders_in_the_readers_language()
    {
        using var site = Build(out var result);

        Assert.True(result.Succeeded && result.Diagnostics.IsEmpty, TestBuild.Describe(result));
        var en = File.ReadAllText(site.Combine("public", "en", "news", "a", "index.html"));
        var fr = File.ReadAllText(site.Combine("public", "fr", "actualites", "a", "index.html"));
        Assert.Contains("<a href=\"/en/projects/values/#aims\">the project</a>", en);
        Assert.Contains("<img src=\"/images/chart.svg\" alt=\"A chart\" loading=\"lazy\">", en);
        Assert.Contains("<figcaption>Arrivals <span class=\"figure__credit\">Credit: Eurostat</span></figcaption>", en);
        Assert.Contains("<span class=\"figure__credit\">Crédit : Eurostat</span>", fr);
        Assert.Contains("<p class=\"callout__title\">Warning</p>\n<p>Plan <strong>early</strong>.</p>\n</aside>", en);
        Assert.Contains("<p class=\"callout__title\">Attention</p>", fr);
        Assert.Contains("<iframe src=\"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ\" title=\"The meeting\"", en);
        Assert.Contains("<a href=\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\">Watch “The meeting” on YouTube</a>", en);
        Assert.Contains("<a href=\"/files/report.pdf\" download>The report</a> <span class=\"download__meta\">(PDF, 2.5 kB)</span>", en);
        Assert.Contains("(PDF, 2,5 ko)", fr);
        Assert.Contains("frame-src https://www.youtube-nocookie.com https://player.vimeo.com", File.ReadAllText(site.Combine("public", "_headers")));
    }

    [Fact]
    public void A_sites_own_shortcode_replaces_the_themes()
    {
        using var site = Build(out var result, "{{##\nparams:\n  type: optional\ninner: required\n##}}\n<div class=\"mine\">{{ shortcode.inner }}</div>\n");

        Assert.True(result.Succeeded && result.Diagnostics.IsEmpty, TestBuild.Describe(result));
        Assert.Contains("<div class=\"mine\"><p>Plan <strong>early</strong>.</p></div>", File.ReadAllText(site.Combine("public", "en", "news", "a", "index.html")));
    }

    [Fact]
    public void A_sites_own_shortcode_that_embeds_a_video_lets_pages_frame_it()
    {
        using var site = new TempDirectory();
        site.Write("input/site.yml", SiteYml);
        site.Write("input/shortcodes/clip.html", "{{##\nparams:\n  id: required\n##}}\n<iframe src=\"{{ (video_embed ('https://youtu.be/' + shortcode.params.id)).embed }}\" title=\"Clip\"></iframe>\n");
        site.Write("input/content/news/a.en.md", "---\ntitle: A\n---\n{{< clip dQw4w9WgXcQ >}}\n");

        var result = TestBuild.Run(site.Path, site.Combine("public"), themeDirectory: Path.Combine(Repo.Root, "theme"));

        Assert.True(result.Succeeded, TestBuild.Describe(result));
        Assert.Contains("<iframe src=\"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ\"", File.ReadAllText(site.Combine("public", "en", "news", "a", "index.html")));
        Assert.Contains("frame-src https://www.youtube-nocookie.com https://player.vimeo.com", File.ReadAllText(site.Combine("public", "_headers")));
    }

    [Fact]
    public void A_site_without_a_video_keeps_frames_forbidden()
    {
        using var site = new TempDirectory();
        site.Write("input/site.yml", SiteYml);
        site.Write("input/content/news/a.en.md", "---\ntitle: A\n---\nText.\n");

        var result = TestBuild.Run(site.Path, site.Combine("public"), themeDirectory: Path.Combine(Repo.Root, "theme"));

        Assert.True(result.Succeeded, TestBuild.Describe(result));
        Assert.DoesNotContain("frame-src", File.ReadAllText(site.Combine("public", "_headers")));
    }

    [Theory]
    [InlineData("{{< figure src=\"/images/chart.svg\" >}}", "input/content/news/b.en.md(4,1): error GEN019: the shortcode 'figure' needs 'alt'")]
    [InlineData("{{< callout danger >}}\nx\n{{< /callout >}}", "input/content/news/b.en.md(4,13): error GEN019: 'danger' is not a value of 'type' of the shortcode 'callout'")]
    [InlineData("{{< callout >}}\nNever closed.", "input/content/news/b.en.md(4,1): error GEN019: the shortcode 'callout' is never closed")]
    [InlineData("{{< video src=\"https://example.org/v\" title=\"x\" >}}", "input/content/news/b.en.md(4,1): error GEN019: shortcode 'video': 'https://example.org/v' is not a YouTube or Vimeo video address")]
    [InlineData("{{< download src=\"/files/missing.pdf\" title=\"x\" >}}", "input/content/news/b.en.md(4,1): error GEN019: shortcode 'download': no file '/files/missing.pdf' under static/")]
    [InlineData("A {{< figure src=\"/images/chart.svg\" alt=\"A\" >}} in a line.", "input/content/news/b.en.md(4,3): error GEN019: the shortcode 'figure' makes a block, and cannot stand within a paragraph")]
    [InlineData("[x]({{< ref \"projects/valeus\" >}})", "input/content/news/b.en.md(4,1): error GEN050: unknown page 'projects/valeus' in wikilink")]
    public void A_theme_shortcode_misused_is_an_error_at_the_call(string call, string expected)
    {
        using var site = Build(out _);
        site.Write("input/content/news/b.en.md", "---\ntitle: B\n---\n" + call + "\n");

        var result = TestBuild.Run(site.Path, site.Combine("public"), themeDirectory: Path.Combine(Repo.Root, "theme"));

        Assert.False(result.Succeeded);
        Assert.True(result.Diagnostics.Any(d => d.ToString().StartsWith(expected, StringComparison.Ordinal)), TestBuild.Describe(result));
    }

    [Fact]
    public void Every_failing_call_of_a_page_is_reported_at_once_and_the_page_is_not_written()
    {
        using var site = Build(out _);
        site.Write("input/content/news/b.en.md", "---\ntitle: B\n---\n{{< video src=\"x\" title=\"x\" >}}\n\n{{< download src=\"/nope.pdf\" title=\"x\" >}}\n");

        var result = TestBuild.Run(site.Path, site.Combine("public"), themeDirectory: Path.Combine(Repo.Root, "theme"));

        Assert.Equal(["input/content/news/b.en.md(4,1)", "input/content/news/b.en.md(6,1)"],
            result.Diagnostics.Where(d => d.IsError).Select(d => $"{d.File}({d.Line},{d.Column})").ToArray());
    }
}
