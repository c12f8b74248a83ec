using Generator.Tests.Support;

namespace Generator.Tests.Rendering;

/// <summary>A paginated list's pages see all their list's URLs (made when read, not stored per page).</summary>
public sealed class PagerTests
{
    [Fact]
    public void Every_pager_page_lists_the_urls_of_all_pages()
    {
        using var site = new TempDirectory();
        site.Write("input/site.yml", "languages:\n  en: { name: English, culture: en-GB, title: Site }\n");
        for (var i = 0; i < 25; i++)
        {
            site.Write($"input/content/notes/note-{i:D2}.md", $"---\ntitle: Note {i:D2}\n---\ntext\n");
        }

        site.Write("theme/layouts/base.html", "{{ content }}");
        site.Write("theme/layouts/single.html", "{{ page.title }}");
        site.Write("theme/layouts/list.html",
            "{{ if page.pager }}{{ page.pager.number }}/{{ page.pager.urls.size }}: {{ for url in page.pager.urls }}{{ url }} {{ end }}| {{ page.pager.urls[2] }} {{ page.pager.last_url }}{{ end }}");
        site.Write("theme/i18n/en.yml", "x: y\n");

        var result = TestBuild.Run(site.Path, site.Combine("public"));

        Assert.True(result.Succeeded, TestBuild.Describe(result));
        Assert.Equal("2/3: /en/notes/ /en/notes/page/2/ /en/notes/page/3/ | /en/notes/page/3/ /en/notes/page/3/",
            File.ReadAllText(site.Combine("public", "en", "notes", "page", "2", "index.html")));
    }
}
