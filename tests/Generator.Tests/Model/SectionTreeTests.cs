using Generator.Tests.Support;

namespace Generator.Tests.Model;

/// <summary>
/// Sub-sections: a folder with its own <c>_index</c> below a section is one; its segment in a
/// language is that language's slug, else the source's, else its folder's name; folders between
/// it and its parent keep their names, and a page lies in the nearest section above it.
/// </summary>
public sealed class SectionTreeTests
{
    [Fact]
    public void Segments_come_from_each_languages_slug_then_the_sources_then_the_folder()
    {
        using var site = Site();
        site.Write("input/content/docs/_index.md", "---\ntitle: Docs\n---\n");
        site.Write("input/content/docs/Old Guides/_index.md", "---\ntitle: Guides\nslug: guides\n---\n");
        site.Write("input/content/docs/Old Guides/_index.fr.md", "---\ntitle: Guides FR\n---\n");
        site.Write("input/content/docs/Old Guides/a.md", "---\ntitle: A\ndate: 2024-01-02\n---\n");
        site.Write("input/content/docs/Old Guides/a.nl.md", "---\ntitle: A NL\ndate: 2024-01-02\n---\n");

        var result = TestBuild.Run(site.Path, site.Combine("public"));

        Assert.True(result.Succeeded, TestBuild.Describe(result));
        Assert.Equal("Guides: A", Read(site, "en", "docs", "guides"));
        Assert.Equal("Guides FR: A", Read(site, "fr", "docs", "old-guides"));
        Assert.Equal("Guides: A NL", Read(site, "nl", "docs", "guides"));
        Assert.Equal("A NL < Guides < Docs", Read(site, "nl", "docs", "guides", "a"));
    }

    [Fact]
    public void A_folder_between_keeps_its_name_and_a_folder_without_index_is_no_section()
    {
        using var site = Site();
        site.Write("input/content/docs/2024/q1/_index.md", "---\ntitle: First quarter\n---\n");
        site.Write("input/content/docs/2024/q1/notes/b.md", "---\ntitle: B\ndate: 2024-02-01\n---\n");
        site.Write("input/content/docs/2024/c.md", "---\ntitle: C\ndate: 2024-03-01\n---\n");

        var result = TestBuild.Run(site.Path, site.Combine("public"));

        Assert.True(result.Succeeded, TestBuild.Describe(result));
        Assert.Equal("First quarter: B", Read(site, "en", "docs", "2024", "q1"));
        Assert.Equal("B < First quarter < Docs", Read(site, "en", "docs", "2024", "q1", "b"));
        Assert.Equal("C < Docs", Read(site, "en", "docs", "c"));
        Assert.Equal("Docs: C B | First quarter", Read(site, "en", "docs"));
        Assert.False(Directory.Exists(site.Combine("public", "en", "docs", "2024", "index.html")));
    }

    private static TempDirectory Site()
    {
        var site = new TempDirectory();
        site.Write("input/site.yml", "languages:\n  en: { name: English, culture: en-GB, title: Site }\n  fr: { name: Français, culture: fr-FR, title: Site }\n  nl: { name: Nederlands, culture: nl-NL, title: Site }\n");
        site.Write("theme/layouts/base.html", "{{ content }}");
        site.Write("theme/layouts/single.html", "{{ page.title }}{{ for b in page.breadcrumbs | array.reverse }}{{ if !b.is_current && b.url != site.home_url }} < {{ b.title }}{{ end }}{{ end }}");
        site.Write("theme/layouts/list.html", "{{ page.title }}:{{ for p in page.pages }} {{ p.title }}{{ end }}{{ if page.subsections.size > 0 }} |{{ for s in page.subsections }} {{ s.title }}{{ end }}{{ end }}");
        site.Write("theme/i18n/en.yml", "x: y\n");
        return site;
    }

    private static string Read(TempDirectory site, params string[] path) => File.ReadAllText(site.Combine(["public", .. path, "index.html"]));
}
