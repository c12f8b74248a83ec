using System.Collections.Immutable;

namespace Generator.Rendering.KnowledgeMap;

/// <summary>
/// The knowledge base in one language, as the map shows it: its nodes in groups (numbered group
/// after group, in <see cref="Nodes"/>' order), and its edges as pairs of node numbers, each pair
/// once whichever page names the other and by whatever relations, smaller number first, in order.
/// </summary>
public sealed record MapGraph(ImmutableArray<MapGroup> Groups, ImmutableArray<(int A, int B)> Edges)
{
    public static readonly MapGraph Empty = new([], []);

    public ImmutableArray<MapNode> Nodes { get; } = [.. Groups.SelectMany(g => g.Nodes)];

    /// <summary>How many pages the map leaves out, on a knowledge base larger than it draws (see <see cref="MapGraphBuilder.MaxNodes"/>).</summary>
    public int Omitted { get; init; }

    /// <summary>The numbers of the nodes joined to each node, in order.</summary>
    public ImmutableArray<ImmutableArray<int>> Neighbours()
    {
        var lists = Nodes.Select(_ => new List<int>()).ToArray();
        foreach (var (a, b) in Edges)
        {
            lists[a].Add(b);
            lists[b].Add(a);
        }

        return [.. lists.Select(l => l.Order().ToImmutableArray())];
    }
}
