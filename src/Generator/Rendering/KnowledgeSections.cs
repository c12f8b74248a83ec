using Generator.Rendering.Views;

namespace Generator.Rendering;

/// <summary>
/// The lists at the foot of a page, each link target once: the page's relations first, then the
/// pages that point at it, then related documents, then the other pages that mention it. A target
/// already listed is left out of every later list, a list left empty is dropped, and a list whose
/// heading an earlier one has ("Cities" as a relation and as the cities that point back) joins
/// that one, so that one heading holds them.
/// </summary>
public static class KnowledgeSections
{
    public static IReadOnlyList<KnowledgeGroupView> Compose(
        IReadOnlyList<RelationGroupView> relations,
        IReadOnlyList<RelationGroupView> inverse,
        KnowledgeGroupView related,
        KnowledgeGroupView backlinks)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var groups = new List<(string Id, string Class, string Label, List<LinkView> Items)>();
        var candidates = relations.Select(g => new KnowledgeGroupView("kb-rel-" + g.Kind, "relations", g.Label, g.Items))
            .Concat(inverse.Select(g => new KnowledgeGroupView("kb-inv-" + (g.Kind.Length > 0 ? g.Kind : "pages"), "relations", g.Label, g.Items)))
            .Append(related)
            .Append(backlinks);
        foreach (var group in candidates)
        {
            var fresh = group.Items.Where(item => seen.Add(item.Url)).ToList();
            if (fresh.Count == 0)
            {
                continue;
            }

            if (groups.FindIndex(g => string.Equals(g.Label, group.Label, StringComparison.OrdinalIgnoreCase)) is var same and >= 0)
            {
                groups[same].Items.AddRange(fresh);
            }
            else
            {
                groups.Add((group.Id, group.Class, group.Label, fresh));
            }
        }

        return [.. groups.Select(g => new KnowledgeGroupView(g.Id, g.Class, g.Label, g.Items))];
    }
}
