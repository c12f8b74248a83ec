using System.Collections.Immutable;
using Generator.Content;
using Generator.Model;

namespace Generator.Linking;

/// <summary>
/// Related documents: for each document (guideline, statement, news item), up to five other
/// documents scored by shared topics (3 each), cities and projects (2 each), an explicit
/// <c>related</c> relation (5) and recency (up to 1, newest highest); ties go to the newer, then
/// to the key in ordinal order.
/// </summary>
public sealed class RelatedScorer(SiteModel model)
{
    private const int Limit = 5;

    public ImmutableDictionary<string, ImmutableArray<string>> Score(ImmutableArray<LinkEdge> edges, int parallelism, CancellationToken cancellationToken)
    {
        var documents = model.Groups.Values.Where(g => KnowledgeSchema.IsDocument(g.Source.Path.Section)).ToDictionary(g => g.Key, StringComparer.Ordinal);
        var shared = edges.Where(e => documents.ContainsKey(e.Source) && Weight(e.Kind) > 0)
            .ToLookup(e => e.Target, StringComparer.Ordinal);
        var outgoing = edges.Where(e => Weight(e.Kind) > 0).ToLookup(e => e.Source, StringComparer.Ordinal);
        var explicitRelated = edges.Where(e => e.Kind == FrontMatterKeys.Related && documents.ContainsKey(e.Source) && documents.ContainsKey(e.Target))
            .SelectMany(e => new[] { (From: e.Source, To: e.Target), (From: e.Target, To: e.Source) })
            .Distinct()
            .ToLookup(e => e.From, e => e.To, StringComparer.Ordinal);
        var dates = documents.Values.Select(g => g.Source.FrontMatter.Date).OfType<DateTimeOffset>().ToArray();
        var oldest = dates.Length == 0 ? 0 : dates.Min().UtcTicks;
        var span = dates.Length == 0 ? 1 : Math.Max(1, dates.Max().UtcTicks - oldest);

        var keys = documents.Keys.ToArray();
        var results = new ImmutableArray<string>[keys.Length];
        Parallel.For(0, keys.Length, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken }, i =>
        {
            var key = keys[i];
            var scores = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var edge in outgoing[key])
            {
                foreach (var other in shared[edge.Target].Where(o => o.Kind == edge.Kind && o.Source != key))
                {
                    scores[other.Source] = scores.GetValueOrDefault(other.Source) + Weight(edge.Kind);
                }
            }

            foreach (var other in explicitRelated[key].Where(o => o != key))
            {
                scores[other] = scores.GetValueOrDefault(other) + 5;
            }

            results[i] = Best(scores, documents, oldest, span);
        });

        return keys.Select((key, i) => (key, i)).ToImmutableDictionary(p => p.key, p => results[p.i], StringComparer.Ordinal);
    }

    /// <summary>The five best candidates without sorting them all: one pass keeping a sorted top five.</summary>
    private static ImmutableArray<string> Best(Dictionary<string, double> scores, Dictionary<string, TranslationGroup> documents, long oldest, long span)
    {
        var best = new List<(string Key, double Score, DateTimeOffset? Date)>(Limit + 1);
        foreach (var (candidate, shared) in scores)
        {
            var entry = (candidate, shared + Recency(documents[candidate], oldest, span), documents[candidate].Source.FrontMatter.Date);
            if (best.Count == Limit && Compare(entry, best[^1]) >= 0)
            {
                continue;
            }

            var index = best.FindIndex(b => Compare(entry, b) < 0);
            best.Insert(index < 0 ? best.Count : index, entry);
            if (best.Count > Limit)
            {
                best.RemoveAt(Limit);
            }
        }

        return [.. best.Select(b => b.Key)];
    }

    /// <summary>Higher score first, then newer, then key in ordinal order.</summary>
    private static int Compare((string Key, double Score, DateTimeOffset? Date) x, (string Key, double Score, DateTimeOffset? Date) y)
    {
        var c = y.Score.CompareTo(x.Score);
        if (c != 0) return c;
        c = Nullable.Compare(y.Date, x.Date);
        return c != 0 ? c : string.CompareOrdinal(x.Key, y.Key);
    }

    private static int Weight(string kind) => kind switch
    {
        FrontMatterKeys.Topics => 3,
        FrontMatterKeys.Cities or FrontMatterKeys.Projects => 2,
        _ => 0,
    };

    private static double Recency(TranslationGroup group, long oldest, long span) =>
        group.Source.FrontMatter.Date is { } date ? (double)(date.UtcTicks - oldest) / span : 0;
}
