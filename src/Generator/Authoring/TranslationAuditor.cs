using System.Collections.Immutable;
using Generator.Configuration;
using Generator.Content;
using Generator.Model;

namespace Generator.Authoring;

/// <summary>
/// The translation matrix: every document (drafts included) by language. A translation is
/// current when the <c>sourceHash</c> it records is the source's content hash now, stale when
/// it differs; no git history is needed, so it works on shallow clones and exported trees.
/// </summary>
public sealed class TranslationAuditor
{
    public ImmutableArray<TranslationRow> Audit(IEnumerable<ParsedDocument> documents, SiteConfig config)
    {
        var rows = ImmutableArray.CreateBuilder<TranslationRow>();
        foreach (var group in documents.GroupBy(TranslationGrouper.KeyOf, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var byLanguage = group.GroupBy(d => d.Language).ToDictionary(g => g.Key, g => g.OrderBy(d => d.File, StringComparer.Ordinal).First());
            var source = byLanguage.GetValueOrDefault(config.DefaultLanguage)
                ?? config.Languages.Select(l => byLanguage.GetValueOrDefault(l.Code)).First(d => d is not null)!;
            var states = config.Languages.ToImmutableDictionary(l => l.Code, l => State(byLanguage.GetValueOrDefault(l.Code), source));
            rows.Add(new TranslationRow(group.Key, states));
        }

        return rows.ToImmutable();
    }

    public static TranslationState State(ParsedDocument? translation, ParsedDocument source) => translation switch
    {
        null => TranslationState.Missing,
        _ when ReferenceEquals(translation, source) => TranslationState.Source,
        { FrontMatter.Draft: true } => TranslationState.Draft,
        { FrontMatter.SourceHash: null } => TranslationState.Untracked,
        _ when translation.FrontMatter.SourceHash == source.ContentHash => TranslationState.Current,
        _ => TranslationState.Stale,
    };
}
