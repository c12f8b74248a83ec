using Generator.Tests.Support;

namespace Generator.Tests.Model;

/// <summary>Tag lists: each page once per tag, even when two of its labels make the same slug.</summary>
public sealed class TagCollectorTests
{
    [Fact]
    public void A_page_whose_labels_share_a_slug_is_listed_once()
    {
        using var site = new TempDirectory();
        site.Write("input/site.yml", "languages:\n  en: { name: English, culture: en-GB, title: Site }\n");
        site.Write("input/content/a.md", "---\ntitle: A\ndate: 2024-01-02\ntags: [Youth, youth, Housing]\n---\ntext\n");
        site.Write("input/content/b.md", "---\ntitle: B\ndate: 2024-01-01\ntags: [YOUTH]\n---\ntext\n");
        site.Write("theme/layouts/base.html", "{{ content }}");
        site.Write("theme/layouts/single.html", "{{ page.title }}");
        site.Write("theme/layouts/list.html", "{{ page.title }}:{{ for p in page.pages }} {{ p.title }}{{ end }}");
        site.Write("theme/i18n/en.yml", "x: y\n");

        var result = TestBuild.Run(site.Path, site.Combine("public"));

        Assert.True(result.Succeeded, TestBuild.Describe(result));
        Assert.Equal("Youth: A B", File.ReadAllText(site.Combine("public", "en", "tags", "youth", "index.html")));
        Assert.Equal("Housing: A", File.ReadAllText(site.Combine("public", "en", "tags", "housing", "index.html")));
    }
}
