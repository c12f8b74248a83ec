using Generator.Tests.Support;

namespace Generator.Tests.Build;

/// <summary>
/// A file named as Jekyll names posts (<c>2019-06-20-world-refugee-day.en.md</c>) is dated by its
/// name when its front matter has no date, and published under its name without the day; links
/// and relations still name it by its whole file name.
/// </summary>
public sealed class FileNameDateTests
{
    [Fact]
    public void The_day_a_file_name_starts_with_dates_the_page_and_leaves_its_slug_and_the_front_matter_wins()
    {
        using var site = SmallSite.Create(
            single: "{{ page.url }}|{{ date page.date 'iso' }}|{{ page.content }}",
            siteYml: "baseUrl: https://example.org/\nlanguages:\n  en: { name: English }\n  fr: { name: Français }\nsections:\n  news: { type: news }\n");
        site.Write("theme/i18n/fr.yml", "x: y\n");
        site.Write("input/content/news/2019-06-20-world-refugee-day.en.md", "---\ntitle: World Refugee Day\n---\n");
        site.Write("input/content/news/2019-06-20-world-refugee-day.fr.md", "---\ntitle: Journée mondiale des réfugiés\nslug: journee-des-refugies\n---\n");
        site.Write("input/content/news/2019-06-21-dated-otherwise.en.md", "---\ntitle: Dated otherwise\ndate: 2020-01\n---\nSee [[news/2019-06-20-world-refugee-day]].\n");

        var result = TestBuild.Run(site.Path, site.Combine("public"));

        Assert.True(result.Succeeded && result.Diagnostics.IsEmpty, TestBuild.Describe(result));
        Assert.Equal("/en/news/world-refugee-day/|2019-06-20|", Read(site, "en/news/world-refugee-day/index.html"));
        Assert.Equal("/fr/news/journee-des-refugies/|2019-06-20|", Read(site, "fr/news/journee-des-refugies/index.html"));
        Assert.Equal("/en/news/dated-otherwise/|2020-01|<p>See <a href=\"/en/news/world-refugee-day/\">World Refugee Day</a>.</p>\n",
            Read(site, "en/news/dated-otherwise/index.html"));
    }

    private static string Read(TempDirectory site, string path) => File.ReadAllText(site.Combine("public", path));
}
