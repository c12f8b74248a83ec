using Generator.Tests.Support;

namespace Generator.Tests.Content;

/// <summary>A content folder that site.yml does not declare, on a site that declares its sections, is named with a did-you-mean.</summary>
public sealed class ContentLayoutCheckTests
{
    [Fact]
    public void A_renamed_or_mistyped_section_folder_is_a_warning_with_a_did_you_mean()
    {
        using var site = SmallSite.Create(single: "{{ page.title }}\n", siteYml: "languages:\n  en: { name: English }\nsections:\n  news: { type: news, segments: { en: news } }\n");
        site.Write("input/content/newz/one.en.md", "---\ntitle: One\n---\nText.\n");
        site.Write("input/content/newz/two.en.md", "---\ntitle: Two\n---\nText.\n");
        site.Write("input/content/reports/three.en.md", "---\ntitle: Three\n---\nText.\n");

        var result = TestBuild.Run(site.Path, site.Combine("public"));

        Assert.True(result.Succeeded, TestBuild.Describe(result));
        Assert.Equal(
            [
                ("GEN027", "input/content/newz/one.en.md", "did you mean 'news/'?"),
                ("GEN027", "input/content/reports/three.en.md", "declare it under 'sections:' in input/site.yml, with its segments and titles per language"),
            ],
            result.Diagnostics.Select(d => (d.Code, d.File, d.Hint)));
    }
}
