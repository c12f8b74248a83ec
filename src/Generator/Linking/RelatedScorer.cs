using System.Collections.Immutable;
using Generator.Content;
using Generator.Model;

namespace Generator.Linking;

/// <summary>
/// Related documents: for each document (a page of a type of kind document), up to five other
/// documents scored by the targets they share through weighted relations (each relation's
/// <c>weight</c> per shared target: on the real site topics 3, cities and projects 2), by a
/// direct relation between them either way (its <c>direct</c> score: <c>related</c>, 5), and by
/// recency (up to 1, newest highest); ties go to the newer, then to the key in ordinal order.
/// </summary>
/// <para>
/// A topic or city is shared by a share of all documents, so scoring every document that shares
/// one would cost the square of the site's size. Candidates are gathered so that the five best
/// are always among them: every document sharing a small target (up to
/// <see cref="SmallTarget"/> documents) or two or more of the document's large ones (their
/// pairwise intersections, computed once per pair), every explicitly related one, and from each
/// large target, the five newest documents that share nothing else with it: below those, a
/// document with only that target in common cannot rank.
/// </para>
public sealed class RelatedScorer(SiteModel model, int smallTarget = RelatedScorer.SmallTarget)
{
    /// <summary>Targets shared by at most this many documents are searched in full.</summary>
    public const int SmallTarget = 32;

    private const int Limit = 5;

    public ImmutableDictionary<string, ImmutableArray<string>> Score(ImmutableArray<LinkEdge> edges, int parallelism, CancellationToken cancellationToken)
    {
        var schema = model.Config.Model;
        var weights = schema.RelationKeys.ToDictionary(key => key, key => schema.AnyRelation(key)!.Weight, StringComparer.Ordinal);
        var directs = schema.RelationKeys.Where(key => schema.AnyRelation(key)!.Direct > 0).ToDictionary(key => key, key => schema.AnyRelation(key)!.Direct, StringComparer.Ordinal);
        int Weight(string kind) => weights.GetValueOrDefault(kind);
        var documents = model.Groups.Values.Where(g => schema.TypeOrPlain(g.Type).Kind == Configuration.Schema.TypeKind.Document)
            .ToDictionary(g => g.Key, StringComparer.Ordinal);
        var weighted = edges.Where(e => documents.ContainsKey(e.Source) && Weight(e.Kind) > 0).ToArray();
        // Each document's weighted targets, and each target's documents, newest first (then by key).
        var targets = weighted.GroupBy(e => e.Source, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => (e.Target, e.Kind)).ToHashSet(), StringComparer.Ordinal);
        var members = weighted.GroupBy(e => (e.Target, e.Kind))
            .ToDictionary(g => g.Key, g => g.Select(e => e.Source).OrderByDescending(k => documents[k].Source.FrontMatter.Date).ThenBy(k => k, StringComparer.Ordinal).ToArray());
        var direct = edges.Where(e => directs.ContainsKey(e.Kind) && documents.ContainsKey(e.Source) && documents.ContainsKey(e.Target))
            .SelectMany(e => new[] { (From: e.Source, To: e.Target, Score: directs[e.Kind]), (From: e.Target, To: e.Source, Score: directs[e.Kind]) })
            .GroupBy(e => (e.From, e.To))
            .ToDictionary(g => g.Key, g => g.Max(e => e.Score));
        var explicitRelated = direct.Keys.ToLookup(e => e.From, e => e.To, StringComparer.Ordinal);
        var dates = documents.Values.Select(g => g.Source.FrontMatter.Date).OfType<Dates.DateValue>().Select(d => d.Start).ToArray();
        var oldest = dates.Length == 0 ? 0 : dates.Min().UtcTicks;
        var span = dates.Length == 0 ? 1 : Math.Max(1, dates.Max().UtcTicks - oldest);
        var intersections = new System.Collections.Concurrent.ConcurrentDictionary<((string, string) A, (string, string) B), string[]>();

        var keys = documents.Keys.ToArray();
        var results = new ImmutableArray<string>[keys.Length];
        Parallel.For(0, keys.Length, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken }, i =>
        {
            var key = keys[i];
            var own = targets.GetValueOrDefault(key) ?? [];
            var related = explicitRelated[key].Where(o => o != key).ToHashSet(StringComparer.Ordinal);
            var candidates = new HashSet<string>(related, StringComparer.Ordinal);
            var large = new List<(string, string)>();
            foreach (var target in own)
            {
                if (members[target].Length <= smallTarget)
                {
                    candidates.UnionWith(members[target]);
                    continue;
                }

                foreach (var other in large)
                {
                    candidates.UnionWith(intersections.GetOrAdd(Ordered(target, other), pair => [.. members[pair.A].Where(document => targets[document].Contains(pair.B))]));
                }

                large.Add(target);
                // The newest documents sharing this target alone (and not explicitly related): five suffice.
                candidates.UnionWith(members[target].Where(c => c != key && !related.Contains(c) && targets[c].Count(own.Contains) == 1).Take(Limit));
            }

            candidates.Remove(key);
            var scores = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var candidate in candidates)
            {
                var score = direct.GetValueOrDefault((key, candidate)) + (targets.GetValueOrDefault(candidate)?.Where(own.Contains).Sum(t => Weight(t.Kind)) ?? 0);
                scores[candidate] = score;
            }

            results[i] = Best(scores, documents, oldest, span);
        });

        return keys.Select((key, i) => (key, i)).ToImmutableDictionary(p => p.key, p => results[p.i], StringComparer.Ordinal);
    }

    /// <summary>A pair of targets in one order, whichever order they come in (the intersection is the same).</summary>
    private static ((string, string) A, (string, string) B) Ordered((string, string) x, (string, string) y)
    {
        var c = string.CompareOrdinal(x.Item1, y.Item1);
        return (c != 0 ? c : string.CompareOrdinal(x.Item2, y.Item2)) <= 0 ? (x, y) : (y, x);
    }

    /// <summary>The five best candidates without sorting them all: one pass keeping a sorted top five.</summary>
    private static ImmutableArray<string> Best(Dictionary<string, double> scores, Dictionary<string, TranslationGroup> documents, long oldest, long span)
    {
        var best = new List<(string Key, double Score, Dates.DateValue? Date)>(Limit + 1);
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
    private static int Compare((string Key, double Score, Dates.DateValue? Date) x, (string Key, double Score, Dates.DateValue? Date) y)
    {
        var c = y.Score.CompareTo(x.Score);
        if (c != 0) return c;
        c = Nullable.Compare(y.Date, x.Date);
        return c != 0 ? c : string.CompareOrdinal(x.Key, y.Key);
    }

    private static double Recency(TranslationGroup group, long oldest, long span) =>
        group.Source.FrontMatter.Date is { } date ? (double)(date.Start.UtcTicks - oldest) / span : 0;
}
