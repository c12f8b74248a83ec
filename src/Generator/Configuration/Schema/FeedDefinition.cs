using System.Collections.Immutable;

namespace Generator.Configuration.Schema;

/// <summary>
/// A feed of the site: its name (its file name), the page types it carries, its titles per
/// language as site.yml writes them, and the UI-string key that titles it in the other languages.
/// </summary>
public sealed record FeedDefinition(string Name, ImmutableArray<string> Types, ImmutableDictionary<string, string> Titles, string TitleKey, string DefaultTitle)
{
    /// <summary>The feed's title in a language: site.yml's, else the UI string, else the default.</summary>
    public string Title(string language, Func<string, string?> uiString) =>
        Titles.GetValueOrDefault(language) ?? uiString(TitleKey) ?? DefaultTitle;
}
