using Generator.Diagnostics;
using Generator.Model;
using Generator.Publishing.Formats;
using Generator.Rendering;

namespace Generator.Publishing;

/// <summary>
/// The files of the site beside its pages: <c>sitemap.xml</c>, <c>robots.txt</c>, RSS and
/// Atom feeds and an events calendar per language, an iCalendar file per event, and
/// Netlify's <c>_redirects</c> and <c>_headers</c>.
/// </summary>
/// <param name="framesVideo">Whether a rendered page embeds a video, which the security policy then lets it frame.</param>
public sealed class SiteFilesPlanner(SiteModel model, UiStrings strings, bool framesVideo = false)
{
    public IEnumerable<PlannedOutput> Plan()
    {
        var config = model.Config;
        var catalog = new FeedCatalog(config);
        var newest = model.Pages.Select(p => p.FrontMatter?.Updated ?? p.Date).Max()?.Start ?? DateTimeOffset.UnixEpoch;
        yield return File(config.BasePath + "sitemap.xml", SitemapXml.Write(model));
        yield return File(config.BasePath + "robots.txt", NetlifyFiles.Robots(model));
        yield return File(config.BasePath + "_redirects", NetlifyFiles.Redirects(model));

        var calendars = new List<string>();
        foreach (var language in config.Languages.Select(l => l.Code))
        {
            var home = config.Absolute(model.Home(language).Url);
            foreach (var feed in catalog.Feeds)
            {
                var title = $"{config.Language(language).Title}: {feed.Title(language, key => strings.TryGet(language, key, out var text) ? text : null)}";
                var header = new FeedHeader(title, language, home, config.Absolute(catalog.Rss(language, feed)), config.Absolute(catalog.Atom(language, feed)), config.Language(language).Title);
                var items = FeedCatalog.Items(model, language, feed);
                yield return File(catalog.Rss(language, feed), FeedXml.Rss(model, header, items, newest));
                yield return File(catalog.Atom(language, feed), FeedXml.Atom(model, header, items, newest));
            }

            if (!catalog.HasCalendar)
            {
                continue;
            }

            var events = catalog.Events(model, language);
            calendars.Add(catalog.Calendar(language));
            yield return File(catalog.Calendar(language), ICalendar.Write(model, $"{config.Language(language).Title}: {Label(language, "feeds.events", "Events")}", events));
            foreach (var page in events)
            {
                calendars.Add(FeedCatalog.EventCalendar(page));
                yield return File(FeedCatalog.EventCalendar(page), ICalendar.Write(model, page.Title, [page]));
            }
        }

        yield return File(config.BasePath + "_headers", NetlifyFiles.Headers(model, config.BasePath + AssetManifest.Folder, calendars, framesVideo));
    }

    private string Label(string language, string key, string fallback) => strings.TryGet(language, key, out var text) ? text : fallback;

    private PlannedOutput File(string sitePath, byte[] bytes) => new(OutputPaths.FromUrl(sitePath, model.Config.BasePath), bytes, null, new SourceRef(model.Config.File));
}
