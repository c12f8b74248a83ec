namespace Generator.BrowserTests;

/// <summary>One built site and one browser for all browser tests.</summary>
[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<BuiltSite>, ICollectionFixture<Browser>
{
    public const string Name = "real site in Chromium";

    /// <summary>Every page type the theme has, each checked in every language.</summary>
    public static readonly string[] PageTypes =
        ["home", "page", "guideline", "statement", "news", "event", "project", "city", "topic", "organisation", "person", "section", "list", "tags", "tag", "404", "search", "map"];

    public static TheoryData<string, string> TypesAndLanguages()
    {
        var data = new TheoryData<string, string>();
        foreach (var type in PageTypes)
        {
            foreach (var language in BuiltSite.Languages)
            {
                data.Add(type, language);
            }
        }

        return data;
    }
}
