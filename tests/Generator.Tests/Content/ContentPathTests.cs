using Generator.Content;
using Generator.Dates;

namespace Generator.Tests.Content;

/// <summary>A file name that starts with a day, as Jekyll's posts do, gives the page's date and a slug without the day; its id keeps the whole name.</summary>
public sealed class ContentPathTests
{
    private static readonly Generator.Configuration.SiteConfig Config = Support.TestConfig.Read(
        "baseUrl: https://example.org/\nlanguages:\n  en: { name: English }\n  fr: { name: Français }\n");

    [Fact]
    public void A_dated_name_gives_its_day_and_a_slug_name_without_it_and_keeps_its_translation_path()
    {
        var path = ContentPath.Parse("news/2019-06-20-world-refugee-day.fr.md", Config);

        Assert.Equal(DateValue.Day(2019, 6, 20), path.FileDate);
        Assert.Equal("world-refugee-day", path.SlugName);
        Assert.Equal(("2019-06-20-world-refugee-day", "news/2019-06-20-world-refugee-day", "fr"), (path.Name, path.TranslationPath, path.Language));
    }

    [Theory]
    [InlineData("news/world-refugee-day.md")]
    [InlineData("news/2019-02-30-not-a-day.md")]
    [InlineData("news/2019-06-20.md")]
    [InlineData("news/2019-06-20-.md")]
    [InlineData("news/2019-06-20---.md")]
    [InlineData("news/2019-06-world-refugee-day.md")]
    [InlineData("news/20190620-world-refugee-day.md")]
    [InlineData("news/_index.md")]
    public void Other_names_give_no_date_and_are_their_own_slug_name(string file)
    {
        var path = ContentPath.Parse(file, Config);

        Assert.Null(path.FileDate);
        Assert.Equal(path.Name, path.SlugName);
    }

    [Fact]
    public void What_follows_the_day_needs_only_a_letter_or_digit_once_accents_are_folded()
    {
        var path = ContentPath.Parse("news/2019-06-20-été.md", Config);

        Assert.Equal(DateValue.Day(2019, 6, 20), path.FileDate);
        Assert.Equal("été", path.SlugName);
    }
}
