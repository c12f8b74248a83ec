using System.Collections.Immutable;
using Generator.Configuration;
using Generator.Configuration.Schema;

namespace Generator.Model;

/// <summary>
/// Where the site's feeds and calendars live, and what they carry: per language, an RSS and an
/// Atom feed for each feed site.yml declares (the page types it carries), an iCalendar file of
/// the pages of calendar types, and one per such page beside it.
/// </summary>
public sealed class FeedCatalog(SiteConfig config)
{
    public ImmutableArray<FeedDefinition> Feeds => config.Model.Feeds;

    public string Rss(string language, FeedDefinition feed) => $"{config.BasePath}{language}/feeds/{feed.Name}.rss.xml";

    public string Atom(string language, FeedDefinition feed) => $"{config.BasePath}{language}/feeds/{feed.Name}.atom.xml";

    public string Calendar(string language) => $"{config.BasePath}{language}/events.ics";

    /// <summary>Whether the site has pages of a calendar type, and so a calendar per language.</summary>
    public bool HasCalendar => config.Model.Types.Any(t => t.Calendar);

    public bool IsEvent(PageEntry page) => config.Model.TypeOrPlain(page.Type).Calendar;

    public static string EventCalendar(PageEntry page) => page.Url + "event.ics";

    /// <summary>A feed's pages in one language: real documents of its types (no fallback pages), newest first, undated last.</summary>
    public static ImmutableArray<PageEntry> Items(SiteModel model, string language, FeedDefinition feed) =>
    [
        .. model.Pages
            .Where(p => p.Kind == PageKind.Document && !p.IsFallback && p.Language == language && feed.Types.Contains(p.Type))
            .OrderBy(p => p.Date is null).ThenByDescending(p => p.Date).ThenBy(p => p.Url, StringComparer.Ordinal),
    ];

    /// <summary>The events of one language (real pages of calendar types only), by start date.</summary>
    public ImmutableArray<PageEntry> Events(SiteModel model, string language) =>
    [
        .. model.Pages
            .Where(p => p.Kind == PageKind.Document && !p.IsFallback && p.Language == language && IsEvent(p) && p.Date is not null)
            .OrderBy(p => p.Date).ThenBy(p => p.Url, StringComparer.Ordinal),
    ];
}
