using Generator.Configuration;
using Generator.Model;
using Generator.Rendering.Views;

namespace Generator.Rendering;

/// <summary>
/// The home page's blocks and the site's publisher, from site.yml (<c>home:</c>, <c>publisher:</c>).
/// Without <c>home:</c>, the home page features every section of a document type (its five
/// newest pages) and of a calendar type (its upcoming events), in the order of the types in
/// site.yml.
/// </summary>
public sealed class HomeViews(SiteModel model, UiStrings strings, DateTimeOffset today)
{
    private readonly SiteConfig _config = model.Config;

    public IReadOnlyList<HomeFeatureView> Features(string language) =>
        [.. (_config.Home.Declared ? _config.Home.Features : Defaults()).Select(f => Feature(f, language))];

    public PublisherView? Publisher(string language)
    {
        if (_config.Publisher is not { } publisher)
        {
            return null;
        }

        var page = publisher.Page is { } id ? model.LinkTarget(id, language) : null;
        var name = publisher.Names.GetValueOrDefault(language) ?? publisher.Names.GetValueOrDefault(_config.DefaultLanguage) ?? page?.Title;
        return name is null ? null : new PublisherView(name, page?.Url ?? model.Home(language).Url, page?.ContentLanguage ?? language, page is null || !page.IsFallback);
    }

    private HomeFeatureView Feature(HomeFeature feature, string language)
    {
        var lists = feature.Sections.Select(s => model.Find(SiteKeys.Section(s), language)).OfType<PageEntry>().ToList();
        var pages = lists.SelectMany(list => DateWindow.Apply(list.Members, feature.Filter, today) ?? []).Take(feature.Limit).Select(ViewBuilder.Item).ToList();
        var title = feature.Titles.GetValueOrDefault(language)
            ?? (feature.Title is { } key ? Text(language, key, key) : null)
            ?? string.Join(", ", lists.Select(l => l.Title));
        var more = feature.More is { } label && lists.Count > 0 ? new MoreLink(lists[0].Url, Text(language, label, label)) : null;
        return new HomeFeatureView(feature.Id, title, pages, feature.Empty is { } empty ? Text(language, empty, empty) : Text(language, "list.empty", string.Empty), more, feature.Style);
    }

    /// <summary>A block per section of a document or calendar type, in the order of the types.</summary>
    private IEnumerable<HomeFeature> Defaults() =>
        model.Pages.Where(p => p.Kind == PageKind.Section).Select(p => p.Section).Distinct(StringComparer.Ordinal)
            .Select(name => (Section: _config.Section(name), Type: _config.Model.TypeOrPlain(_config.TypeOf(name))))
            .Where(s => s.Type.Kind == Configuration.Schema.TypeKind.Document || s.Type.Calendar)
            .OrderBy(s => _config.Model.Order(s.Type.Name)).ThenBy(s => s.Section.Name, StringComparer.Ordinal)
            .Select(s => new HomeFeature("home-" + s.Section.Name, [s.Section.Name], s.Type.Calendar ? "upcoming" : null, 5, null,
                System.Collections.Immutable.ImmutableDictionary<string, string>.Empty, s.Type.Calendar ? "home.no_upcoming" : null, "home.all", "list", new Diagnostics.SourceRef(_config.File)));

    private string Text(string language, string key, string fallback) => strings.TryGet(language, key, out var text) ? text : fallback;
}
