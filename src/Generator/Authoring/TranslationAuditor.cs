using System.Collections.Immutable;
using Generator.Configuration;
using Generator.Content;
using Generator.Model;

namespace Generator.Authoring;

/// <summary>
/// The translation report: every document (drafts included) by language, with each version's
/// file, or the file to create. A translation is current when the <c>sourceHash</c> it records
/// is the source's content hash now, stale when it differs; no git history is needed, so it
/// works on shallow clones and exported trees. For a stale translation, what changed in the source
/// since is a short diff against the copy <paramref name="store"/> kept at its review, when there
/// is one. <paramref name="display"/> names a file as diagnostics do (relative to the folder they
/// are shown from).
/// </summary>
public sealed class TranslationAuditor(Func<string, string> display, ReviewedSourceStore? store = null)
{
    public ImmutableArray<TranslationRow> Audit(IEnumerable<ParsedDocument> documents, SiteConfig config, CancellationToken cancellationToken = default)
    {
        var rows = ImmutableArray.CreateBuilder<TranslationRow>();
        // Earlier versions of a document (x.v1.fr.md) are texts of record, not translations to keep up to date.
        foreach (var group in documents.Where(d => d.Path.Version is null).GroupBy(TranslationGrouper.KeyOf, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var byLanguage = group.GroupBy(d => d.Language).ToDictionary(g => g.Key, g => g.OrderBy(d => d.File, StringComparer.Ordinal).First());
            var source = byLanguage.GetValueOrDefault(config.DefaultLanguage)
                ?? config.Languages.Select(l => byLanguage.GetValueOrDefault(l.Code)).First(d => d is not null)!;
            var cells = config.Languages.ToImmutableDictionary(l => l.Code, l => Cell(group.Key, l.Code, byLanguage.GetValueOrDefault(l.Code), source));
            rows.Add(new TranslationRow(group.Key, source.Language, source.ContentHash, cells));
        }

        return rows.ToImmutable();
    }

    public static TranslationState State(ParsedDocument? translation, ParsedDocument source) => translation switch
    {
        null => TranslationState.Missing,
        _ when ReferenceEquals(translation, source) => TranslationState.Source,
        { FrontMatter.Draft: true } => TranslationState.Draft,
        { FrontMatter.SourceHash: null } => TranslationState.Untracked,
        _ when TranslationGroup.IsStale(translation, source) => TranslationState.Stale,
        _ => TranslationState.Current,
    };

    private TranslationCell Cell(string key, string language, ParsedDocument? translation, ParsedDocument source)
    {
        if (translation is null)
        {
            var (path, translationKey) = TranslationFileNamer.Missing(source, key, language);
            return new TranslationCell(TranslationState.Missing, display(path), translationKey);
        }

        var state = State(translation, source);
        var reviewed = state == TranslationState.Source ? null : translation.FrontMatter.SourceHash;
        var change = state == TranslationState.Stale ? ChangeSince(reviewed!, source) : null;
        return new TranslationCell(state, translation.File, ReviewedHash: reviewed, Change: change);
    }

    /// <summary>What changed in the source since the version with this hash, when a copy of that version was kept.</summary>
    private SourceChange? ChangeSince(string reviewedHash, ParsedDocument source) =>
        store?.Find(reviewedHash) is { } before && SourceText.Of(source) is { } now ? SourceDiff.Between(before, now) : null;
}
