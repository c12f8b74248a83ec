using System.Collections.Immutable;
using System.Globalization;
using Generator.Configuration.Schema;
using Generator.Linking;
using Generator.Model;

namespace Generator.Rendering.KnowledgeMap;

/// <summary>
/// Which pages the map shows and how they are joined, from what the content model declares: every
/// page of a section whose type is an entity, and every other page a relation joins (a document
/// and the topics it names, a news item that replaces another); index and term pages are not
/// nodes, nor are links in bodies edges. Nodes are grouped by type, in the order site.yml
/// declares the types, each group in the order of its titles in the map's language. A knowledge
/// base of more than <see cref="MaxNodes"/> such pages keeps its entities first, then the pages
/// with the most relations.
/// </summary>
public sealed class MapGraphBuilder(SiteModel model, LinkGraph graph, UiStrings strings)
{
    /// <summary>The most nodes a map draws: beyond, its labels would be too small to read.</summary>
    public const int MaxNodes = 150;

    /// <summary>The kind of edge a link in a body makes (see <see cref="LinkEdge.Kind"/>): not a relation.</summary>
    private const string BodyLink = "link";

    public MapGraph Build(string language)
    {
        var schema = model.Config.Model;
        var candidates = model.Groups.Values
            .Where(g => !g.Source.Path.IsIndex && g.Type != TaxonomyDefinition.TermType && model.LinkTarget(g.Key, language) is not null)
            .ToDictionary(g => g.Key, StringComparer.Ordinal);
        var pairs = graph.Edges
            .Where(e => e.Kind != BodyLink && e.Source != e.Target && candidates.ContainsKey(e.Source) && candidates.ContainsKey(e.Target))
            .Select(e => string.CompareOrdinal(e.Source, e.Target) < 0 ? (A: e.Source, B: e.Target) : (A: e.Target, B: e.Source))
            .Distinct()
            .ToArray();
        var degrees = pairs.SelectMany(p => new[] { p.A, p.B }).CountBy(k => k, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        bool IsEntity(TranslationGroup g) => g.Source.Path.Section.Length > 0 && schema.TypeOrPlain(g.Type).Kind == TypeKind.Entity;
        var shown = candidates.Values.Where(g => degrees.ContainsKey(g.Key) || IsEntity(g)).ToArray();
        var kept = shown
            .OrderBy(g => IsEntity(g) ? 0 : 1).ThenByDescending(g => degrees.GetValueOrDefault(g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(MaxNodes)
            .ToArray();

        var order = model.Config.Language(language).Culture.CompareInfo;
        var byTitle = Comparer<string>.Create((x, y) => order.Compare(x, y, CompareOptions.IgnoreCase));
        var groups = kept
            .Select(g => new MapNode(g.Key, g.Type, model.LinkTarget(g.Key, language)!))
            .GroupBy(n => n.Type, StringComparer.Ordinal)
            .OrderBy(g => schema.Order(g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new MapGroup(g.Key, Label(g.Key, language), [.. g.OrderBy(n => n.Page.Title, byTitle).ThenBy(n => n.Key, StringComparer.Ordinal)]))
            .ToImmutableArray();

        var numbers = groups.SelectMany(g => g.Nodes).Select((n, i) => (n.Key, i)).ToDictionary(p => p.Key, p => p.i, StringComparer.Ordinal);
        var edges = pairs
            .Where(p => numbers.ContainsKey(p.A) && numbers.ContainsKey(p.B))
            .Select(p => (A: numbers[p.A], B: numbers[p.B]))
            .Select(e => e.A < e.B ? e : (A: e.B, B: e.A))
            .Order()
            .ToImmutableArray();
        return new MapGraph(groups, edges) { Omitted = shown.Length - kept.Length };
    }

    /// <summary>
    /// A group's label: the title of the list of the first section (by name) whose pages are of
    /// that type, else the UI string <c>types.{type}</c>, else the type's name made readable.
    /// </summary>
    private string Label(string type, string language)
    {
        var section = model.Config.Sections.Values.Where(s => s.Type == type).OrderBy(s => s.Name, StringComparer.Ordinal)
            .Select(s => model.Find(SiteKeys.Section(s.Name), language)).FirstOrDefault(p => p is not null);
        return section?.Title
            ?? (strings.TryGet(language, $"types.{type}", out var text) ? text : DisplayNames.Readable(type));
    }
}
