using Generator.Rendering;
using Generator.Rendering.Views;

namespace Generator.Tests.Rendering;

/// <summary>The lists at a page's foot: each target once, relations first, one heading per label, none empty.</summary>
public sealed class KnowledgeSectionsTests
{
    private static LinkView Link(string name) => new(name, "/en/" + name + "/", "en", true, "x", "x", null);

    [Fact]
    public void Each_target_is_listed_once_relations_first_and_lists_with_one_heading_join()
    {
        var relations = new[] { new RelationGroupView("cities", "Cities", [Link("toulouse")]), new RelationGroupView("events", "Events", [Link("meeting")]) };
        var inverse = new[]
        {
            new RelationGroupView("cities", "Cities", [Link("toulouse"), Link("antwerp")]),
            new RelationGroupView("news", "News", [Link("meeting")]),
            new RelationGroupView("", "Pages", [Link("about")]),
        };
        var related = new KnowledgeGroupView("kb-related", "related", "Related", [Link("antwerp"), Link("report")]);
        var backlinks = new KnowledgeGroupView("kb-backlinks", "backlinks", "Referenced in", [Link("report"), Link("about")]);

        var groups = KnowledgeSections.Compose(relations, inverse, related, backlinks);

        Assert.Equal(
            ["kb-rel-cities: toulouse antwerp", "kb-rel-events: meeting", "kb-inv-pages: about", "kb-related: report"],
            groups.Select(g => $"{g.Id}: {string.Join(' ', g.Items.Select(i => i.Title))}"));
        Assert.Equal(groups.SelectMany(g => g.Items).Select(i => i.Url).Distinct().Count(), groups.Sum(g => g.Items.Count));
    }
}
