using System.Collections.Concurrent;
using System.Collections.Immutable;
using Generator.Configuration;
using Generator.Content;
using Generator.Diagnostics;
using Generator.Rendering;

namespace Generator.Publishing.Links;

/// <summary>
/// Checks every local link of the rendered pages (root-relative, relative, to static files, to
/// the site's own absolute URLs, with their anchors) against the planned output; links to other
/// sites are left alone. A broken one is an error where the author wrote it: in the page's source
/// document when its text holds the link, else in the theme file that does, else at the page's
/// origin; with a did-you-mean among the site's pages or the target's ids.
/// </summary>
public sealed class LinkChecker(SiteConfig config, OutputPlan plan, ImmutableArray<SourceFile> content, ImmutableArray<SourceFile> layouts)
{
    private readonly Dictionary<string, PlannedOutput> _planned = plan.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
    private readonly Dictionary<string, SourceFile> _documents = content.ToDictionary(f => f.DisplayPath, StringComparer.Ordinal);
    private readonly LinkLocator _locator = new(layouts);

    private sealed record Found(RenderedPage Page, string Href, LinkTarget Target);

    public void Check(IReadOnlyList<RenderedPage> pages, DiagnosticBag diagnostics, int parallelism, CancellationToken cancellationToken)
    {
        var broken = new ConcurrentBag<Found>();
        var anchored = new ConcurrentBag<Found>();
        var unanchored = new ConcurrentBag<(Found Link, HashSet<string> Ids)>();
        Parallel.ForEach(pages, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = parallelism }, page =>
        {
            var url = UrlOf(page.OutputPath);
            var scan = HtmlReferences.Read(page.Html, withIds: true);
            foreach (var href in scan.Links.Distinct(StringComparer.Ordinal))
            {
                if (LinkTarget.Resolve(config.BaseUrl, config.BasePath, url, href) is not { } target)
                {
                    continue;
                }

                if (!Exists(target.Path))
                {
                    broken.Add(new Found(page, href, target));
                }
                else if (target.Fragment.Length > 0 && Resolve(target.Path) == page.OutputPath)
                {
                    if (!scan.Ids.Contains(target.Fragment) && target.Fragment != "top")
                    {
                        unanchored.Add((new Found(page, href, target), scan.Ids));
                    }
                }
                else if (target.Fragment.Length > 0)
                {
                    anchored.Add(new Found(page, href, target));
                }
            }
        });

        foreach (var group in broken.GroupBy(f => (Where(f), f.Href)))
        {
            // A document's link is broken on every page that shows it (its fallback pages too); a
            // theme's link on every page of its layout: say how many.
            var inDocument = _documents.ContainsKey(group.Key.Item1.File);
            Broken(group.Key.Item1, Representative(group), inDocument ? 1 : group.Select(f => f.Page.OutputPath).Distinct().Count(), diagnostics);
        }

        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var link in anchored)
        {
            var file = Resolve(link.Target.Path)!;
            if (!ids.TryGetValue(file, out var targetIds))
            {
                ids[file] = targetIds = _planned[file].Bytes is { } html && file.EndsWith(".html", StringComparison.Ordinal)
                    ? HtmlReferences.Read(html, withIds: true).Ids
                    : ["top"];
            }

            if (!targetIds.Contains(link.Target.Fragment) && link.Target.Fragment != "top")
            {
                unanchored.Add((link, targetIds));
            }
        }

        foreach (var group in unanchored.GroupBy(f => (Where(f.Link), f.Link.Href)))
        {
            var link = Representative(group.Select(g => g.Link));
            MissingAnchor(group.Key.Item1, link, group.First(g => ReferenceEquals(g.Link, link)).Ids, diagnostics);
        }
    }

    /// <summary>The page a group of reports names: the one in its source document's own language, else the first by path.</summary>
    private Found Representative(IEnumerable<Found> links) =>
        links.OrderBy(f => f.Page.Origin.File.EndsWith($".{f.Page.Language}.md", StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(f => f.Page.OutputPath, StringComparer.Ordinal).First();

    private void Broken(SourceRef where, Found link, int pages, DiagnosticBag diagnostics)
    {
        var on = UrlOf(link.Page.OutputPath);
        var detail = link.Href == link.Target.SitePath ? string.Empty : $" (from {on} it leads to {link.Target.SitePath})";
        var more = pages > 1 ? $" on {pages} pages, such as {on}" : string.Empty;
        if (link.Target.Path.StartsWith("../", StringComparison.Ordinal))
        {
            diagnostics.Error(DiagnosticCodes.BrokenLocalLink, where, $"link to '{link.Href}'{detail}{more} leaves the site, whose pages are under {config.BasePath}",
                $"start site paths with {config.BasePath}, or link to a page by its id with a wikilink, e.g. [[projects/values]]");
            return;
        }

        var suggestion = DidYouMean.Suggest(link.Target.SitePath, PageUrls());
        diagnostics.Error(DiagnosticCodes.BrokenLocalLink, where, $"link to '{link.Href}'{detail}{more}, which the build does not make",
            suggestion is not null ? $"did you mean '{suggestion}'?"
                : "link to a page that exists, or to a page by its id with a wikilink, e.g. [[projects/values]]; files under static/ are published from the site's root");
    }

    private static void MissingAnchor(SourceRef where, Found link, HashSet<string> ids, DiagnosticBag diagnostics)
    {
        var suggestion = DidYouMean.Suggest(link.Target.Fragment, ids);
        diagnostics.Error(DiagnosticCodes.MissingAnchor, where, $"link to '{link.Href}': {link.Target.SitePath} has no element with the id '{link.Target.Fragment}'",
            suggestion is not null ? $"did you mean '#{suggestion}'?" : "link to one of the page's headings; a heading's id is its text in lowercase, with hyphens for spaces");
    }

    /// <summary>Where the link is written: the page's source document, else a theme file, else the page's origin.</summary>
    private SourceRef Where(Found link) =>
        (_documents.TryGetValue(link.Page.Origin.File, out var document) ? LinkLocator.Find(document, link.Href) : null)
        ?? _locator.InTheme(link.Href)
        ?? link.Page.Origin;

    private ImmutableArray<string> PageUrls() =>
        _pageUrls.IsDefault ? _pageUrls = [.. _planned.Keys.Where(p => p.EndsWith(".html", StringComparison.Ordinal)).Select(UrlOf)] : _pageUrls;

    private ImmutableArray<string> _pageUrls;

    private bool Exists(string path) =>
        !path.StartsWith("../", StringComparison.Ordinal)
        && (Resolve(path) is not null || OutputWriter.OwnedByLaterSteps.Any(owned => path.StartsWith(owned, StringComparison.Ordinal)));

    /// <summary>The planned file a path is served from (<c>x/</c> and <c>x</c> are <c>x/index.html</c>), if any.</summary>
    private string? Resolve(string path)
    {
        foreach (var candidate in (ReadOnlySpan<string>)[path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path, path + "/index.html"])
        {
            if (_planned.ContainsKey(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private string UrlOf(string outputPath) =>
        config.BasePath + (outputPath.EndsWith("index.html", StringComparison.Ordinal) ? outputPath[..^"index.html".Length] : outputPath);
}
