using System.Collections.Immutable;
using Generator.Configuration;

namespace Generator.Model;

/// <summary>A feed of the site: which page types it carries and the UI string that names it.</summary>
public sealed record FeedDefinition(string Name, ImmutableArray<string> Types, string TitleKey, string DefaultTitle);

/// <summary>
/// Where the site's feeds and calendars live, and what they carry: per language, an RSS and an
/// Atom feed of news and of policy publications (guidelines and statements), an iCalendar file
/// of all events, and one per event beside its page.
/// </summary>
public sealed class FeedCatalog(SiteConfig config)
{
    public static readonly ImmutableArray<FeedDefinition> Feeds =
    [
        new("news", ["news"], "feeds.news", "News"),
        new("publications", ["guideline", "statement"], "feeds.publications", "Policy guidelines and statements"),
    ];

    public const string EventType = "event";

    public string Rss(string language, FeedDefinition feed) => $"{config.BasePath}{language}/feeds/{feed.Name}.rss.xml";

    public string Atom(string language, FeedDefinition feed) => $"{config.BasePath}{language}/feeds/{feed.Name}.atom.xml";

    public string Calendar(string language) => $"{config.BasePath}{language}/events.ics";

    public static string EventCalendar(PageEntry page) => page.Url + "event.ics";

    /// <summary>A feed's pages in one language: real documents of its types (no fallback pages), newest first, undated last.</summary>
    public static ImmutableArray<PageEntry> Items(SiteModel model, string language, FeedDefinition feed) =>
    [
        .. model.Pages
            .Where(p => p.Kind == PageKind.Document && !p.IsFallback && p.Language == language && feed.Types.Contains(p.Type))
            .OrderBy(p => p.Date is null).ThenByDescending(p => p.Date).ThenBy(p => p.Url, StringComparer.Ordinal),
    ];

    /// <summary>The events of one language (real pages only), by start date.</summary>
    public static ImmutableArray<PageEntry> Events(SiteModel model, string language) =>
    [
        .. model.Pages
            .Where(p => p.Kind == PageKind.Document && !p.IsFallback && p.Language == language && p.Type == EventType && p.Date is not null)
            .OrderBy(p => p.Date).ThenBy(p => p.Url, StringComparer.Ordinal),
    ];
}
