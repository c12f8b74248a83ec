using System.Collections.Immutable;
using Generator.Diagnostics;
using Generator.Model;

namespace Generator.Publishing.Promises;

/// <summary>
/// Keeps the promise of <see cref="UrlRecord"/>: every recorded URL is still built, as a page or
/// as an alias that redirects to one. A URL that is neither is an error at its line of the record,
/// naming its likely new home (the page with the same translation key, else the page whose slug
/// or title is most like the old one) and the exact <c>aliases:</c> line to add there.
/// </summary>
public sealed class UrlPromiseCheck(SiteModel model, DateTimeOffset now)
{
    /// <summary>What a build without <c>--drafts</c> and <c>--future</c> publishes: drafts and scheduled documents promise no URL yet.</summary>
    private readonly PublicationFilter _published = new(includeDrafts: false, includeFuture: false, now);

    /// <summary>
    /// The URLs the record promises: every page a reader or a search engine may have kept (no
    /// fallback, 404, tag or pager page, and no draft or scheduled document, even in a build that shows them).
    /// </summary>
    public IEnumerable<(string Url, string Key)> Promised() =>
        model.Pages.Where(p => !p.IsFallback && p.Kind is PageKind.Document or PageKind.Home or PageKind.Section && (p.FrontMatter is not { } fm || _published.IsPublished(fm)))
            .Select(p => (SitePath(p.Url), p.Key));

    public void Check(UrlRecord record, string recordFile, DiagnosticBag diagnostics)
    {
        var built = model.Pages.Select(p => SitePath(p.Url)).Concat(model.Aliases.Select(a => SitePath(a.Url))).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in record.Entries.Where(e => !built.Contains(e.Url)))
        {
            if (model.Unpublished.GetValueOrDefault(entry.Key) is { } excluded)
            {
                diagnostics.Error(DiagnosticCodes.PublishedUrlMissing, new SourceRef(recordFile, new SourcePosition(entry.Line, 1)),
                    $"'{entry.Url}' was published and is no longer built: its page is {excluded.Reason}",
                    "publish it again (its draft, publishDate or expiryDate), or add its address to the aliases of the page that replaces it\n(or, to withdraw the address for good, delete this line)");
                continue;
            }

            var home = NewHome(entry);
            var alias = $"aliases: [{string.Join(", ", (home?.FrontMatter?.Aliases.Select(a => a.Value) ?? []).Append(entry.Url))}]";
            var hint = home is { Document: { } document }
                ? $"it seems to have moved to {SitePath(home.Url)}: add to the front matter of {document.File} the line\n{alias}\n(or, to withdraw the address for good, delete this line)"
                : $"add it to the aliases of the page that replaces it, e.g.\n{alias}\n(or, to withdraw the address for good, delete this line)";
            diagnostics.Error(DiagnosticCodes.PublishedUrlMissing, new SourceRef(recordFile, new SourcePosition(entry.Line, 1)),
                $"'{entry.Url}' was published and is no longer built, and no alias leads from it", hint);
        }

        var recorded = record.Entries.Select(e => e.Url).ToHashSet(StringComparer.Ordinal);
        var unrecorded = Promised().Where(p => !recorded.Contains(p.Url)).Select(p => p.Url).ToList();
        if (unrecorded.Count > 0)
        {
            diagnostics.Warning(DiagnosticCodes.PublishedUrlsUnrecorded, new SourceRef(recordFile),
                $"{(unrecorded.Count == 1 ? "1 page is" : $"{unrecorded.Count} pages are")} not in the record of published URLs yet: {string.Join(", ", unrecorded.Take(3))}{(unrecorded.Count > 3 ? ", …" : string.Empty)}",
                $"run the build with --record-urls and commit {recordFile}");
        }
    }

    /// <summary>
    /// The ids documents had before a rename: the key of each recorded URL that no page has any
    /// more and that an alias now leads from, with the key of the alias's page.
    /// </summary>
    public IReadOnlyDictionary<string, string> FormerIds(UrlRecord record)
    {
        var aliases = model.Aliases.GroupBy(a => SitePath(a.Url), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Target.Key, StringComparer.Ordinal);
        var keys = model.Pages.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in record.Entries.Where(e => e.Key.Length > 0 && !keys.Contains(e.Key)))
        {
            if (aliases.TryGetValue(entry.Url, out var target))
            {
                result.TryAdd(entry.Key, target);
            }
        }

        return result;
    }

    /// <summary>
    /// Where the old URL's page most likely went: the page with its translation key in its
    /// language; else the page of its language whose slug or title is most like the old slug;
    /// else the page with its key in another language (its translation that remains).
    /// </summary>
    private PageEntry? NewHome(UrlRecord.Entry entry)
    {
        var language = entry.Url.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;
        var real = model.Pages.Where(p => !p.IsFallback && p.Document is not null).ToList();
        if (real.FirstOrDefault(p => p.Key == entry.Key && p.Language == language) is { } same)
        {
            return same;
        }

        var slug = entry.Url.TrimEnd('/')[(entry.Url.TrimEnd('/').LastIndexOf('/') + 1)..];
        var folder = entry.Url.TrimEnd('/')[..(entry.Url.TrimEnd('/').LastIndexOf('/') + 1)];
        return real.Where(p => p.Language == language)
            .Select(p => (Page: p, Distance: Math.Min(Distance(slug, LastSegment(p.Url)), Distance(slug, Content.Slugifier.Slugify(p.Title))) - (SitePath(p.Url).StartsWith(folder, StringComparison.Ordinal) ? 1 : 0)))
            .Where(c => c.Distance <= Math.Max(3, slug.Length / 2))
            .OrderBy(c => c.Distance).ThenBy(c => c.Page.Url, StringComparer.Ordinal)
            .Select(c => c.Page).FirstOrDefault()
            ?? real.FirstOrDefault(p => p.Key == entry.Key);
    }

    /// <summary>The edit distance, or a large one when the lengths alone rule a match out.</summary>
    private static int Distance(string a, string b) => Math.Abs(a.Length - b.Length) > Math.Max(3, a.Length / 2) ? int.MaxValue / 2 : DidYouMean.Distance(a, b);

    private static string LastSegment(string url) => url.TrimEnd('/')[(url.TrimEnd('/').LastIndexOf('/') + 1)..];

    private string SitePath(string url) => "/" + url[model.Config.BasePath.Length..];
}
