using Generator.Tests.Support;

namespace Generator.Tests.Publishing;

/// <summary>The check of local links reports what an author wrote, not what a failed render left out.</summary>
public sealed class LinkCheckTests
{
    [Fact]
    public void A_page_whose_render_failed_is_not_reported_again_as_a_broken_link_on_every_page()
    {
        using var site = SmallSite.Create(
            single: "{{ page.title }}{{ page.titel }}\n",
            list: "{{ for p in page.pages }}<a href=\"{{ p.url }}\">{{ p.title }}</a>{{ end }}\n");
        for (var i = 0; i < 5; i++)
        {
            site.Write($"input/content/news/item-{i}.md", $"---\ntitle: Item {i}\n---\nSee [the first](/en/news/item-0/).\n");
        }

        site.Write("theme/layouts/base.html", "<nav><a href=\"/en/news/\">News</a> <a href=\"/en/news/item-1/\">One</a></nav>{{ content }}");
        site.Write("theme/layouts/404.html", "missing\n");

        var result = TestBuild.Run(site.Path, site.Combine("public"));

        Assert.Equal(["GEN032"], result.Diagnostics.Select(d => d.Code).Distinct());
    }
}
