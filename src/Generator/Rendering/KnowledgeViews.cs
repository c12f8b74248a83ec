using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using Generator.Content;
using Generator.Linking;
using Generator.Model;
using Generator.Rendering.Views;

namespace Generator.Rendering;

/// <summary>
/// The knowledge-base views of a page: its relations by kind, the inverse relations of an
/// entity grouped by the kind of page that points at it, its backlinks ("Referenced in") and
/// its related documents, each link in the reader's language where translated.
/// </summary>
public sealed class KnowledgeViews(SiteModel model, LinkGraph graph, UiStrings strings)
{
    private readonly ImmutableDictionary<string, CompareInfo> _titleOrder = model.Config.Languages
        .ToImmutableDictionary(l => l.Code, l => l.Culture.CompareInfo);

    /// <summary>
    /// The link to each group for each reader language, with its title's sort key in that
    /// language (case ignored), made once: entity pages list hundreds of them.
    /// </summary>
    private readonly ConcurrentDictionary<(string Key, string Language), (LinkView View, SortKey Order)?> _links = new();

    public IReadOnlyList<RelationGroupView> Relations(PageEntry page)
    {
        if (!IsContent(page)) return [];
        var edges = graph.Outgoing(page.Key).Where(e => e.Kind != "link").ToArray();
        var type = model.Config.Model.TypeOrPlain(page.Type);
        return [.. model.Config.Model.RelationKeys
            .Select(kind => (kind, items: Links(edges.Where(e => e.Kind == kind).Select(e => e.Target), page.Language, byDate: false)))
            .Where(g => g.items.Count > 0)
            .Select(g => (g.kind, g.items, definition: type.Relation(g.kind) ?? model.Config.Model.AnyRelation(g.kind)))
            .Select(g => new RelationGroupView(g.kind, Label(page.Language, g.definition?.Label ?? $"relations.{g.kind}", g.kind)!, g.items) { Filter = g.definition?.Filter })];
    }

    public IReadOnlyList<RelationGroupView> InverseRelations(PageEntry page)
    {
        if (!IsContent(page)) return [];
        var sources = graph.Incoming(page.Key).Where(e => e.Kind != "link" && e.Source != page.Key)
            .Select(e => model.Group(e.Source)!)
            .Distinct()
            .GroupBy(g => g.Source.Path.Section)
            .OrderBy(g => SectionOrder(g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal);
        // Pages at the content root (an about page) are not a section: their list is headed "Pages".
        return [.. sources.Select(g => new RelationGroupView(g.Key,
            g.Key.Length == 0 ? Label(page.Language, "knowledge.pages", null) ?? "Pages" : Label(page.Language, InverseLabel(g.Key, page), g.Key)!,
            Links(g.Select(s => s.Key), page.Language, byDate: true)))];
    }

    public IReadOnlyList<LinkView> Backlinks(PageEntry page) =>
        IsContent(page)
            ? Links(graph.Incoming(page.Key).Select(e => e.Source).Where(s => s != page.Key).Distinct(), page.Language, byDate: false)
            : [];

    public IReadOnlyList<LinkView> Related(PageEntry page) =>
        IsContent(page) ? Links(graph.Related(page.Key), page.Language, byDate: false, keepOrder: true) : [];

    private bool IsContent(PageEntry page) => page.Document is not null && model.Group(page.Key) is not null;

    private IReadOnlyList<LinkView> Links(IEnumerable<string> keys, string language, bool byDate, bool keepOrder = false)
    {
        var links = keys.Select(key => Link(key, language)).OfType<(LinkView View, SortKey Order)>().ToList();
        if (keepOrder) return [.. links.Select(l => l.View)];
        var ordered = byDate
            ? links.OrderByDescending(l => l.View.Date).ThenBy(l => l.Order, TitleOrder.Instance)
            : links.OrderBy(l => l.Order, TitleOrder.Instance);
        return [.. ordered.ThenBy(l => l.View.Url, StringComparer.Ordinal).Select(l => l.View)];
    }

    private (LinkView View, SortKey Order)? Link(string key, string language) =>
        _links.GetOrAdd((key, language), k => model.LinkTarget(k.Key, k.Language) is { } page
            ? (LinkView.For(page, k.Language), _titleOrder[k.Language].GetSortKey(page.Title, CompareOptions.IgnoreCase))
            : null);

    /// <summary>Titles in the reader's language's order, case ignored, as its culture compares them.</summary>
    private sealed class TitleOrder : IComparer<SortKey>
    {
        public static readonly TitleOrder Instance = new();

        public int Compare(SortKey? x, SortKey? y) => SortKey.Compare(x!, y!);
    }

    /// <summary>
    /// The UI-string key of the list of a section's pages that point at <paramref name="page"/>:
    /// the <c>inverse</c> a relation of their type to the page's type declares, else
    /// <c>inverse.{their section}.{the page's section}</c>.
    /// </summary>
    private string InverseLabel(string section, PageEntry page)
    {
        var schema = model.Config.Model;
        return schema.TypeOrPlain(model.Config.TypeOf(section)).Relations
            .FirstOrDefault(r => r.Inverse is not null && (r.AnyTarget || r.Targets.Contains(page.Type)))?.Inverse
            ?? $"inverse.{section}.{page.Section}";
    }

    /// <summary>Lists of pages that point at an entity come in the order site.yml declares their sections' types.</summary>
    private int SectionOrder(string section) => model.Config.Model.Order(model.Config.TypeOf(section));

    private string? Label(string language, string key, string? fallback)
    {
        if (strings.TryGet(language, key, out var text)) return text;
        return fallback is null ? null : model.Config.Section(fallback).Titles.GetValueOrDefault(language, fallback);
    }
}
