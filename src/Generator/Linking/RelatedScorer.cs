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

    public ImmutableDictionary<string, ImmutableArray<string>> Score(ImmutableArray<LinkEdge> edges)
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

        var result = ImmutableDictionary.CreateBuilder<string, ImmutableArray<string>>(StringComparer.Ordinal);
        foreach (var (key, _) in documents)
        {
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

            result[key] = [.. scores
                .Select(pair => (Key: pair.Key, Score: pair.Value + Recency(documents[pair.Key], oldest, span), Date: documents[pair.Key].Source.FrontMatter.Date))
                .OrderByDescending(c => c.Score).ThenByDescending(c => c.Date).ThenBy(c => c.Key, StringComparer.Ordinal)
                .Take(Limit)
                .Select(c => c.Key)];
        }

        return result.ToImmutable();
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
