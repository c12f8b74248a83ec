using System.Text.RegularExpressions;
using System.Xml.Linq;
using Generator.Tests.Support;

namespace Generator.Tests.Build;

/// <summary>
/// The real site's knowledge map, in each language: both drawings (the wheel and the column) and
/// the list show the same pages and the same connections, every node is a link to a page the
/// build makes, and two builds write the same bytes.
/// </summary>
public sealed partial class KnowledgeMapTests(RealSiteTests.BuiltSite site) : IClassFixture<RealSiteTests.BuiltSite>
{
    public static TheoryData<string> Maps() => ["en/map/index.html", "fr/carte/index.html", "nl/kaart/index.html"];

    [Theory]
    [MemberData(nameof(Maps))]
    public void Every_node_is_a_named_link_to_a_page_the_build_makes_out_of_the_tab_order(string map)
    {
        var html = site.Read(map);
        Assert.Contains("<div class=\"map-figure\" aria-hidden=\"true\">", html);
        foreach (var drawing in new[] { "wheel", "column" })
        {
            var links = Drawing(html, drawing).Descendants("a").ToArray();
            Assert.True(links.Length > 50, $"{drawing}: {links.Length} nodes");
            foreach (var link in links)
            {
                var href = (string)link.Attribute("href")!;
                Assert.True(File.Exists(Path.Combine(site.Output, href.TrimStart('/'), "index.html")), $"{map} ({drawing}): {href} is not built");
                Assert.Equal("-1", (string?)link.Attribute("tabindex"));
                Assert.False(string.IsNullOrWhiteSpace(link.Element("title")?.Value), href);
                Assert.False(string.IsNullOrWhiteSpace(link.Element("text")?.Value), href);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Maps))]
    public void The_list_has_the_nodes_and_edges_of_both_drawings(string map)
    {
        var html = site.Read(map);
        var (listNodes, listEdges) = List(html);
        var (wheelNodes, wheelEdges) = Wheel(html);
        var (columnNodes, columnEdges) = Column(html);

        Assert.Equal(listNodes, wheelNodes);
        Assert.Equal(listNodes, columnNodes);
        Assert.True(listEdges.Count > 100, $"{listEdges.Count} edges");
        Assert.Equal(listEdges, wheelEdges);
        Assert.Equal(listEdges, columnEdges);
    }

    [Theory]
    [MemberData(nameof(Maps))]
    public void Its_nodes_are_the_knowledge_base_not_lists_search_or_terms(string map)
    {
        var (nodes, _) = List(site.Read(map));
        var language = map[..2];
        var lists = new[] { "search/", "recherche/", "zoeken/", "tags/", "etiquettes/", "trefwoorden/", "projects/", "projets/", "projecten/" }
            .Select(s => $"/{language}/{s}");

        Assert.DoesNotContain(nodes, n => lists.Contains(n) || n == $"/{language}/");
        Assert.Contains(nodes, n => n.StartsWith($"/{language}/", StringComparison.Ordinal) && n.Count(c => c == '/') == 4);
    }

    [Fact]
    public void Each_language_has_its_map_in_the_menu_the_switcher_and_the_sitemap()
    {
        var english = site.Read("en/map/index.html");
        Assert.Contains("<li><a href=\"/en/map/\" aria-current=\"page\" class=\"active\">Knowledge map</a></li>", english);
        Assert.Contains("href=\"/fr/carte/\"", english);
        Assert.Contains("href=\"/nl/kaart/\"", english);
        Assert.Contains("<a href=\"/fr/carte/\">Carte des connaissances</a>", site.Read("fr/index.html"));
        var sitemap = site.Read("sitemap.xml");
        foreach (var url in new[] { "/en/map/", "/fr/carte/", "/nl/kaart/" })
        {
            Assert.Contains($"<loc>https://migration-integration.netlify.app{url}</loc>", sitemap);
        }
    }

    [Fact]
    public void Two_builds_write_the_same_maps_whatever_the_number_of_threads()
    {
        using var temp = new TempDirectory();
        var again = TestBuild.Run(Repo.Root, temp.Combine("public"), parallelism: 1);

        Assert.True(again.Succeeded, TestBuild.Describe(again));
        foreach (var map in new[] { "en/map/index.html", "fr/carte/index.html", "nl/kaart/index.html" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(site.Output, map)), File.ReadAllBytes(temp.Combine("public", map)));
        }
    }

    private static XElement Drawing(string html, string name)
    {
        var start = html.IndexOf($"<svg class=\"map map--{name}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no {name} drawing");
        return XElement.Parse(html[start..(html.IndexOf("</svg>", start, StringComparison.Ordinal) + 6)]);
    }

    /// <summary>The list's nodes (by URL) and its edges (pairs of URLs, each way round as the list gives them both).</summary>
    private static (SortedSet<string> Nodes, SortedSet<(string, string)> Edges) List(string html)
    {
        var start = html.IndexOf("<section class=\"map-list\"", StringComparison.Ordinal);
        var section = XElement.Parse(html[start..(html.IndexOf("</section>", start, StringComparison.Ordinal) + 10)]);
        var nodes = new SortedSet<string>(StringComparer.Ordinal);
        var edges = new SortedSet<(string, string)>();
        foreach (var item in section.Elements("ul").SelectMany(ul => ul.Elements("li")))
        {
            var node = (string)item.Element("a")!.Attribute("href")!;
            Assert.True(nodes.Add(node), $"{node} is listed twice");
            foreach (var linked in item.Elements("ul").Descendants("a"))
            {
                edges.Add((node, (string)linked.Attribute("href")!));
            }
        }

        Assert.All(edges, e => Assert.Contains((e.Item2, e.Item1), edges));
        return (nodes, Unordered(edges));
    }

    /// <summary>The wheel's nodes, and its edges: the nodes that carry the same edge to show on hover.</summary>
    private static (SortedSet<string> Nodes, SortedSet<(string, string)> Edges) Wheel(string html)
    {
        var svg = Drawing(html, "wheel");
        var links = svg.Descendants("a").ToArray();
        var ends = links.SelectMany(a => a.Elements("path").Where(p => (string?)p.Attribute("class") == "map-hl")
                .Select(p => (Path: (string)p.Attribute("d")!, Node: (string)a.Attribute("href")!)))
            .GroupBy(e => e.Path, e => e.Node)
            .ToArray();
        var drawn = svg.Element("g")!.Elements("path").Select(p => (string)p.Attribute("d")!).Order(StringComparer.Ordinal);
        Assert.Equal(drawn, ends.Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.All(ends, e => Assert.Equal(2, e.Count()));
        return (Nodes(links), Unordered(ends.Select(e => (e.First(), e.Last()))));
    }

    /// <summary>The column's nodes, and its edges: the nodes on the rows each arc starts and ends at.</summary>
    private static (SortedSet<string> Nodes, SortedSet<(string, string)> Edges) Column(string html)
    {
        var svg = Drawing(html, "column");
        var links = svg.Descendants("a").ToArray();
        var rows = links.ToDictionary(a => Translate().Match((string)a.Element("text")!.Attribute("transform")!).Groups["y"].Value, a => (string)a.Attribute("href")!);
        var edges = svg.Element("g")!.Elements("path").Select(p => Arc().Match((string)p.Attribute("d")!))
            .Select(m => (rows[m.Groups["y1"].Value], rows[m.Groups["y2"].Value]));
        return (Nodes(links), Unordered(edges));
    }

    private static SortedSet<string> Nodes(IEnumerable<XElement> links) =>
        new(links.Select(a => (string)a.Attribute("href")!), StringComparer.Ordinal);

    private static SortedSet<(string, string)> Unordered(IEnumerable<(string A, string B)> edges) =>
        new(edges.Select(e => string.CompareOrdinal(e.A, e.B) < 0 ? e : (e.B, e.A)));

    [GeneratedRegex(@"^translate\((?<x>[-0-9.]+) (?<y>[-0-9.]+)\)$")]
    private static partial Regex Translate();

    [GeneratedRegex(@"^M(?<x1>[-0-9.]+) (?<y1>[-0-9.]+)Q[-0-9.]+ [-0-9.]+ (?<x2>[-0-9.]+) (?<y2>[-0-9.]+)$")]
    private static partial Regex Arc();
}
