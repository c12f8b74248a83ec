using Generator.Tests.Support;

namespace Generator.Tests.Rendering;

/// <summary>
/// One template context renders page after page on a thread, and partials are rendered straight
/// into the page: every page must still come out whole and as Scriban's own include makes it.
/// </summary>
public sealed class TemplateContextReuseTests
{
    [Fact]
    public void A_context_renders_page_after_page_without_cutting_any_short()
    {
        // 300 pages of 6,000 characters, one thread: 1.8 million characters through one context,
        // more than Scriban's default output budget of 1,048,576 for one render.
        using var site = NewSite();
        var body = string.Join("\n\n", Enumerable.Repeat("A paragraph of some length that repeats.", 150));
        for (var i = 0; i < 300; i++)
        {
            site.Write($"input/content/page-{i:D3}.md", $"---\ntitle: Page {i}\n---\n{body}\n");
        }

        var result = TestBuild.Run(site.Path, site.Combine("public"), parallelism: 1);

        Assert.True(result.Succeeded, TestBuild.Describe(result));
        for (var i = 0; i < 300; i++)
        {
            var html = File.ReadAllText(site.Combine("public", "en", $"page-{i:D3}", "index.html"));
            Assert.StartsWith("<html lang=\"en\"><title>Page " + i + "</title>", html);
            Assert.EndsWith("<footer>Page " + i + "</footer>\n</html>\n", html);
        }
    }

    [Fact]
    public void Includes_as_values_with_named_arguments_and_indented_render_as_scriban_does()
    {
        using var site = NewSite();
        site.Write("theme/layouts/single.html", string.Join("\n",
            "{{ x = include 'partials/name.html' who: 'Ann & Bo' }}[{{ x }}]",
            "{{ include 'partials/name.html' who: page.title }}",
            "<ul>",
            "  {{ include 'partials/lines.html' }}",
            "</ul>",
            "{{ include 'partials/args.html' 'first' 2 }}",
            ""));
        site.Write("theme/layouts/partials/name.html", "<b>{{ $who }}</b>");
        site.Write("theme/layouts/partials/lines.html", "<li>one</li>\n<li>two</li>\n");
        site.Write("theme/layouts/partials/args.html", "{{ $1 }}-{{ $2 }}");
        site.Write("input/content/note.md", "---\ntitle: Note\n---\ntext\n");

        var result = TestBuild.Run(site.Path, site.Combine("public"), parallelism: 1);

        Assert.True(result.Succeeded, TestBuild.Describe(result));
        Assert.Equal(
            "<html lang=\"en\"><title>Note</title>[<b>Ann &amp; Bo</b>]\n<b>Note</b>\n<ul>\n  <li>one</li>\n  <li>two</li>\n\n</ul>\nfirst-2\n"
            + "<footer>Note</footer>\n</html>\n",
            File.ReadAllText(site.Combine("public", "en", "note", "index.html")));
    }

    [Fact]
    public void Content_written_on_an_indented_line_is_indented_not_escaped()
    {
        using var site = NewSite();
        site.Write("theme/layouts/base.html", "<main>\n  {{ content }}\n</main>\n");
        site.Write("theme/layouts/single.html", "<p>one</p>\n<p>two</p>\n");
        site.Write("input/content/note.md", "---\ntitle: Note\n---\ntext\n");

        var result = TestBuild.Run(site.Path, site.Combine("public"), parallelism: 1);

        Assert.True(result.Succeeded, TestBuild.Describe(result));
        Assert.Equal("<main>\n  <p>one</p>\n  <p>two</p>\n\n</main>\n", File.ReadAllText(site.Combine("public", "en", "note", "index.html")));
    }

    private static TempDirectory NewSite()
    {
        var site = new TempDirectory();
        site.Write("input/site.yml", "languages:\n  en: { name: English, culture: en-GB, title: Site }\n");
        site.Write("theme/layouts/base.html", "<html lang=\"{{ page.lang }}\"><title>{{ page.title }}</title>{{ content }}{{ include 'partials/footer.html' }}\n</html>\n");
        site.Write("theme/layouts/single.html", "{{ page.content }}\n");
        site.Write("theme/layouts/list.html", "{{ page.title }}\n");
        site.Write("theme/layouts/partials/footer.html", "<footer>{{ page.title }}</footer>");
        site.Write("theme/i18n/en.yml", "x: y\n");
        return site;
    }
}
