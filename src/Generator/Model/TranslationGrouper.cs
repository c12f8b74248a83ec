using System.Collections.Immutable;
using Generator.Configuration;
using Generator.Content;
using Generator.Diagnostics;

namespace Generator.Model;

/// <summary>Joins documents into translation groups; two documents of one language in a group is an error naming both.</summary>
public sealed class TranslationGrouper
{
    public ImmutableArray<TranslationGroup> Group(IEnumerable<ParsedDocument> documents, SiteConfig config, DiagnosticBag diagnostics)
    {
        var groups = new SortedDictionary<string, Dictionary<string, ParsedDocument>>(StringComparer.Ordinal);
        foreach (var document in documents.OrderBy(d => d.File, StringComparer.Ordinal))
        {
            var key = KeyOf(document);
            if (!groups.TryGetValue(key, out var byLanguage))
            {
                groups[key] = byLanguage = new Dictionary<string, ParsedDocument>(StringComparer.Ordinal);
            }

            if (byLanguage.TryGetValue(document.Language, out var first))
            {
                var where = document.FrontMatter.PositionOf(FrontMatterKeys.TranslationKey, document.File);
                diagnostics.Error(DiagnosticCodes.DuplicateTranslation, where,
                    $"'{key}' has two '{document.Language}' versions: {first.File} and {document.File}",
                    "give one of them another file name or another translationKey");
                continue;
            }

            byLanguage[document.Language] = document;
        }

        return [.. groups.Select(pair =>
        {
            var source = SourceOf(pair.Value, config);
            return new TranslationGroup(pair.Key, pair.Value.ToImmutableDictionary(), source) { Type = source.FrontMatter.Type ?? config.TypeOf(source.Path.Section) };
        })];
    }

    /// <summary>The translation key: front matter's <c>translationKey</c>, else the path without language suffix.</summary>
    public static string KeyOf(ParsedDocument document) =>
        document.Path.IsIndex ? document.Path.TranslationPath : document.FrontMatter.TranslationKey ?? document.Path.TranslationPath;

    private static ParsedDocument SourceOf(Dictionary<string, ParsedDocument> byLanguage, SiteConfig config) =>
        byLanguage.TryGetValue(config.DefaultLanguage, out var source)
            ? source
            : config.Languages.Select(l => byLanguage.GetValueOrDefault(l.Code)).First(d => d is not null)!;
}
