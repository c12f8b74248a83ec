using Generator.EditorSchemas;
using Generator.Tests.Support;

namespace Generator.Tests.EditorSchemas;

/// <summary>A type's schema covers its sections at the content's root and in each language folder, but not a section named like a language twice.</summary>
public sealed class ContentGlobsTests
{
    [Fact]
    public void Each_language_folder_gets_the_globs_of_the_root_except_a_section_named_like_a_language()
    {
        var config = TestConfig.Read("baseUrl: https://example.org/\nlanguages:\n  en: { name: English }\n  fr: { name: Français }\n  nl: { name: Nederlands }\nsections:\n  news: { type: page }\n  nl: { type: page }\n");

        var globs = ContentGlobs.For(config, "page", "input/content");

        Assert.Equal(
            "input/content/*.md input/content/news/**/*.md input/content/nl/**/*.md"
            + " input/content/en/*.md input/content/en/news/**/*.md input/content/en/nl/**/*.md"
            + " input/content/fr/*.md input/content/fr/news/**/*.md input/content/fr/nl/**/*.md",
            string.Join(' ', globs));
    }
}
