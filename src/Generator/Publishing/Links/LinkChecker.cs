using System.Collections.Concurrent;
using System.Collections.Immutable;
using Generator.Model;
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
    /// <summary>
    /// The output paths of the site's pages, rendered or not: a link to a page whose render failed
    /// is not reported (the render's own error says what is wrong), so one template mistake does
    /// not bury itself under a broken link on every page.
    /// </summary>
    public IReadOnlySet<string> Pages { get; init; } = new HashSet<string>();

    private readonly Dictionary<string, PlannedOutput> _planned = plan.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
    private readonly Dictionary<string, SourceFile> _documents = content.ToDictionary(f => f.DisplayPath, StringComparer.Ordinal);
    private readonly LinkLocator _locator = new(layouts);

    private sealed record Found(RenderedPage Page, string Href, LinkTarget Target);

    /// <summary>A resolved link: null <see cref="Target"/> when it leaves the site; null <see cref="File"/> when the build does not make it.</summary>
    private sealed record Resolution(LinkTarget? Target, string? File);

    // Links that resolve the same from every page (from the site's root, or absolute), resolved once.
    private readonly ConcurrentDictionary<string, Resolution> _rooted = new(StringComparer.Ordinal);

    public void Check(IReadOnlyList<RenderedPage> pages, DiagnosticBag diagnostics, int parallelism, CancellationToken cancellationToken)
    {
        var broken = new ConcurrentBag<Found>();
        var anchored = new ConcurrentBag<Found>();
        var unanchored = new ConcurrentBag<Found>();
        Parallel.ForEach(pages, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = parallelism }, page =>
        {
            var url = UrlOf(page.OutputPath);
            var rooted = _rooted.GetAlternateLookup<ReadOnlySpan<char>>();
            HtmlReferences.ForEachLink(page.Html, value =>
            {
                if (value.Length > 0 && value[0] == '#')
                {
                    var fragment = Uri.UnescapeDataString(value[1..].ToString());
                    if (fragment.Length > 0 && fragment != "top" && !HtmlReferences.HasId(page.Html, fragment))
                    {
                        unanchored.Add(new Found(page, value.ToString(), new LinkTarget(page.OutputPath, fragment, url)));
                    }

                    return;
                }

                var fromRoot = value.Length > 0 && (value[0] == '/' || value.IndexOf(':') > 0);
                if (!fromRoot || !rooted.TryGetValue(value, out var resolution))
                {
                    var href = value.ToString();
                    resolution = LinkTarget.Resolve(config.BaseUrl, config.BasePath, url, href) is { } target ? new Resolution(target, Exists(target.Path)) : new Resolution(null, null);
                    if (fromRoot)
                    {
                        _rooted.TryAdd(href, resolution);
                    }
                }

                // Links to source files (../x.md) are the link resolver's to check (GEN054, GEN053).
                if (resolution.Target is not { } found || (found.Path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && value.IndexOf("://") < 0))
                {
                    return;
                }

                if (resolution.File is null)
                {
                    broken.Add(new Found(page, value.ToString(), found));
                }
                else if (found.Fragment.Length > 0 && found.Fragment != "top")
                {
                    if (resolution.File != page.OutputPath)
                    {
                        anchored.Add(new Found(page, value.ToString(), found));
                    }
                    else if (!HtmlReferences.HasId(page.Html, found.Fragment))
                    {
                        unanchored.Add(new Found(page, value.ToString(), found with { Path = page.OutputPath }));
                    }
                }
            });
        });

        foreach (var group in broken.GroupBy(f => (Where(f), f.Href)))
        {
            // A document's link is broken on every page that shows it (its fallback pages too); a
            // theme's link on every page of its layout: say how many.
            var inDocument = _documents.ContainsKey(group.Key.Item1.File);
            Broken(group.Key.Item1, Representative(group), inDocument ? 1 : group.Select(f => f.Page.OutputPath).Distinct().Count(), diagnostics);
        }

        foreach (var link in anchored)
        {
            var file = Resolve(link.Target.Path)!;
            if (!(file.EndsWith(".html", StringComparison.Ordinal) && _planned.TryGetValue(file, out var target) && target.Bytes is { } html && !HtmlReferences.HasId(html, link.Target.Fragment)))
            {
                continue;
            }

            unanchored.Add(link with { Target = link.Target with { Path = file } });
        }

        // An anchor the author did not write as it stands (a wikilink's, made from an id) is the link
        // resolver's to check, against the target's headings (GEN053): reported once, there.
        foreach (var group in unanchored.Where(Written).GroupBy(f => (Where(f), f.Href)))
        {
            var link = Representative(group);
            var ids = HtmlReferences.Ids(link.Target.Path == link.Page.OutputPath ? link.Page.Html : _planned[Resolve(link.Target.Path)!].Bytes);
            MissingAnchor(group.Key.Item1, link, ids, diagnostics);
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

    /// <summary>The link stands as it is in the page's source document or in a theme file.</summary>
    private bool Written(Found link) =>
        (_documents.TryGetValue(link.Page.Origin.File, out var document) && LinkLocator.Find(document, link.Href) is not null)
        || _locator.InTheme(link.Href) is not null;

    /// <summary>Where the link is written: the page's source document, else a theme file, else the page's origin.</summary>
    private SourceRef Where(Found link) =>
        (_documents.TryGetValue(link.Page.Origin.File, out var document) ? LinkLocator.Find(document, link.Href) : null)
        ?? _locator.InTheme(link.Href)
        ?? link.Page.Origin;

    private ImmutableArray<string> PageUrls() =>
        _pageUrls.IsDefault ? _pageUrls = [.. _planned.Keys.Where(p => p.EndsWith(".html", StringComparison.Ordinal)).Select(UrlOf)] : _pageUrls;

    private ImmutableArray<string> _pageUrls;

    /// <summary>The planned file a link's path leads to (a later step's own path counts as itself), or null.</summary>
    private string? Exists(string path) =>
        path.StartsWith("../", StringComparison.Ordinal) ? null
        : Resolve(path) ?? (OutputWriter.OwnedByLaterSteps.Any(owned => path.StartsWith(owned, StringComparison.Ordinal)) ? path : null);

    /// <summary>The planned file a path is served from (<c>x/</c> and <c>x</c> are <c>x/index.html</c>), if any.</summary>
    private string? Resolve(string path)
    {
        foreach (var candidate in OutputPaths.Candidates(path))
        {
            if (_planned.ContainsKey(candidate) || Pages.Contains(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private string UrlOf(string outputPath) => OutputPaths.ToUrl(outputPath, config.BasePath);
}
