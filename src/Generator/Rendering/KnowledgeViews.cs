using System.Collections.Immutable;
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
    private readonly ImmutableDictionary<string, StringComparer> _titleOrder = model.Config.Languages
        .ToImmutableDictionary(l => l.Code, l => StringComparer.Create(l.Culture, ignoreCase: true));

    public IReadOnlyList<RelationGroupView> Relations(PageEntry page)
    {
        if (!IsContent(page)) return [];
        var edges = graph.Outgoing(page.Key).Where(e => e.Kind != "link").ToArray();
        return [.. FrontMatterKeys.RelationKeys
            .Select(kind => (kind, items: Links(edges.Where(e => e.Kind == kind).Select(e => e.Target), page.Language, byDate: false)))
            .Where(g => g.items.Count > 0)
            .Select(g => new RelationGroupView(g.kind, Label(page.Language, $"relations.{g.kind}", g.kind)!, g.items))];
    }

    public IReadOnlyList<RelationGroupView> InverseRelations(PageEntry page)
    {
        if (!IsContent(page)) return [];
        var sources = graph.Incoming(page.Key).Where(e => e.Kind != "link" && e.Source != page.Key)
            .Select(e => model.Group(e.Source)!)
            .Distinct()
            .GroupBy(g => g.Source.Path.Section)
            .OrderBy(g => SectionOrder(g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal);
        return [.. sources.Select(g => new RelationGroupView(g.Key,
            Label(page.Language, $"inverse.{g.Key}.{page.Section}", g.Key)!,
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
        var links = keys.Select(key => model.LinkTarget(key, language)).OfType<PageEntry>()
            .Select(p => LinkView.For(p, language));
        if (keepOrder) return [.. links];
        var culture = _titleOrder[language];
        var ordered = byDate
            ? links.OrderByDescending(l => l.Date).ThenBy(l => l.Title, culture)
            : links.OrderBy(l => l.Title, culture);
        return [.. ordered.ThenBy(l => l.Url, StringComparer.Ordinal)];
    }

    private static int SectionOrder(string section)
    {
        var all = KnowledgeSchema.DocumentSections.Concat(KnowledgeSchema.EntitySections).ToList();
        var index = all.IndexOf(section);
        return index < 0 ? all.Count : index;
    }

    private string? Label(string language, string key, string? fallback)
    {
        if (strings.TryGet(language, key, out var text)) return text;
        return fallback is null ? null : model.Config.Section(fallback).Titles.GetValueOrDefault(language, fallback);
    }
}
