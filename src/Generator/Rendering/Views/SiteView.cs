using Scriban.Runtime;

namespace Generator.Rendering.Views;

/// <summary>The site as templates see it, in the language being rendered.</summary>
public sealed record SiteView(
    string Title,
    string Lang,
    LanguageView Language,
    IReadOnlyList<LanguageView> Languages,
    string DefaultLanguage,
    string BaseUrl,
    string HomeUrl,
    ScriptObject Menus,
    DateTimeOffset Today)
{
    /// <summary>The site has a search index (Pagefind ran, or will run, on this build's output).</summary>
    public bool Search { get; init; }

    /// <summary>The search page's filters: type, each relation's <c>filter</c> in the order site.yml declares them, and year.</summary>
    public IReadOnlyList<SearchFilterView> SearchFilters { get; init; } = [];

    /// <summary>Who publishes the site, from site.yml's <c>publisher:</c> (null without one).</summary>
    public PublisherView? Publisher { get; init; }
}
