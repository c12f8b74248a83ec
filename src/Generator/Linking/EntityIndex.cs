using System.Collections.Immutable;
using Generator.Configuration;
using Generator.Model;

namespace Generator.Linking;

/// <summary>
/// Finds translation groups by id: the full id (<c>projects/values</c>, the group's key or any of
/// its files' paths without language suffix), a file's own path as Hugo's <c>ref</c> takes it
/// (<c>projects/values.fr.md</c>, <c>fr/projects/values.md</c>), a section's folder
/// (<c>reports/briefs</c> for its <c>_index</c>), or the last segment alone (<c>values</c>) where
/// only one group has it.
/// </summary>
public sealed class EntityIndex
{
    private readonly ImmutableDictionary<string, TranslationGroup> _byId;
    private readonly ImmutableDictionary<string, TranslationGroup> _byFile;
    private readonly ImmutableDictionary<string, ImmutableArray<TranslationGroup>> _bySlug;

    public EntityIndex(IEnumerable<TranslationGroup> groups)
    {
        var byId = new Dictionary<string, TranslationGroup>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            byId.TryAdd(group.Key, group);
            foreach (var document in group.Translations.Values.OrderBy(d => d.File, StringComparer.Ordinal))
            {
                byId.TryAdd(document.Path.TranslationPath, group);
            }

            if (group.Source.Path is { IsIndex: true, Folder.Length: > 0 } index)
            {
                byId.TryAdd(index.Folder, group);
            }
        }

        // A file named with its language (news/x.fr, fr/news/x): found, never suggested, and never displacing an id above.
        var byFile = new Dictionary<string, TranslationGroup>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            foreach (var document in group.Translations.Values.OrderBy(d => d.File, StringComparer.Ordinal))
            {
                var path = document.Path.RelativePath;
                byFile.TryAdd(path.LastIndexOf('.') is var dot and > 0 && dot > path.LastIndexOf('/') ? path[..dot] : path, group);
            }
        }

        _byFile = byFile.ToImmutableDictionary(StringComparer.Ordinal);

        _byId = byId.ToImmutableDictionary(StringComparer.Ordinal);
        _bySlug = byId
            .GroupBy(pair => LastSegment(pair.Key), StringComparer.Ordinal)
            .ToImmutableDictionary(
                g => g.Key,
                g => g.Select(pair => pair.Value).Distinct().OrderBy(v => v.Key, StringComparer.Ordinal).ToImmutableArray(),
                StringComparer.Ordinal);
    }

    public IEnumerable<string> Ids => _byId.Keys;

    /// <summary>Documents the build leaves out, by id, with the reason (see <see cref="SiteModel.Unpublished"/>).</summary>
    public ImmutableDictionary<string, Exclusion> Unpublished { get; init; } = ImmutableDictionary<string, Exclusion>.Empty;

    /// <summary>
    /// Ids that documents had before they were renamed, each with the key of the group it now
    /// names: a recorded URL whose page's key is gone, and which an alias now leads to that group.
    /// </summary>
    public IReadOnlyDictionary<string, string> FormerIds { get; init; } = new Dictionary<string, string>();

    /// <summary>The group a former id now names, when the reference is one.</summary>
    public TranslationGroup? Renamed(string reference) =>
        FormerIds.TryGetValue(Normalize(reference), out var key) && _byId.TryGetValue(key, out var group) ? group : null;

    /// <summary>Why the page a reference names is not published, when it names one the build leaves out.</summary>
    public Exclusion? WhyUnpublished(string reference)
    {
        var id = Normalize(reference);
        return Unpublished.GetValueOrDefault(id)
            ?? (id.Contains('/') ? null : Unpublished.Where(pair => LastSegment(pair.Key) == id).Select(pair => pair.Value).FirstOrDefault());
    }

    /// <summary>Looks an id up; <see cref="Lookup.Candidates"/> lists the groups an ambiguous slug names.</summary>
    public Lookup Find(string reference)
    {
        var id = Normalize(reference);
        if (_byId.TryGetValue(id, out var group) || _byFile.TryGetValue(id, out group))
        {
            return new Lookup(group, []);
        }

        if (!id.Contains('/') && _bySlug.TryGetValue(id, out var candidates))
        {
            return candidates.Length == 1 ? new Lookup(candidates[0], []) : new Lookup(null, candidates);
        }

        return new Lookup(null, []);
    }

    /// <summary>The closest id, for a did-you-mean, among groups of <paramref name="types"/> (all when null).</summary>
    public string? Suggest(string reference, IReadOnlyList<string>? types)
    {
        var id = Normalize(reference);
        var pool = _byId.Where(pair => types is null || types.Contains(pair.Value.Type)).Select(pair => pair.Key).ToArray();
        return DidYouMeanId(id, pool);
    }

    public static string Normalize(string reference)
    {
        var id = reference.Trim().Trim('/');
        return id.EndsWith(".md", StringComparison.Ordinal) ? id[..^3] : id;
    }

    private static string? DidYouMeanId(string id, string[] pool) =>
        Diagnostics.DidYouMean.Suggest(id, pool)
        ?? (id.Contains('/') ? null : Diagnostics.DidYouMean.Suggest(id, pool.Select(LastSegment).Distinct()));

    private static string LastSegment(string id) => id[(id.LastIndexOf('/') + 1)..];

    public sealed record Lookup(TranslationGroup? Group, ImmutableArray<TranslationGroup> Candidates)
    {
        public bool IsAmbiguous => Candidates.Length > 1;
    }
}
