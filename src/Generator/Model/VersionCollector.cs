using System.Collections.Immutable;
using System.Globalization;
using Generator.Configuration.Schema;
using Generator.Content;
using Generator.Diagnostics;

namespace Generator.Model;

/// <summary>
/// Joins each document with its earlier versions, the files beside it named with <c>.v{n}</c>
/// (<c>young-migrants.v1.en.md</c>). The document itself is the current version: its
/// <c>version</c> field gives its number, else it follows the highest earlier one. A document
/// without either has no versions. With <c>history: git</c>, a version without a date takes the
/// day its file was first committed, and the current one without <c>updated</c> its file's last
/// commit. Reports, at their place: a version without its document, a
/// version without a date, a version number used twice or not below the current one.
/// </summary>
public sealed class VersionCollector
{
    public ImmutableDictionary<string, VersionHistory> Collect(
        IEnumerable<ParsedDocument> versionFiles, IEnumerable<TranslationGroup> groups, DiagnosticBag diagnostics, GitDates? git = null)
    {
        git ??= GitDates.None;
        var byPath = groups.Where(g => !g.Source.Path.IsIndex)
            .SelectMany(g => g.Translations.Values.Select(d => (Path: d.Path.TranslationPath, Group: g)))
            .GroupBy(x => x.Path, StringComparer.Ordinal).ToDictionary(x => x.Key, x => x.First().Group, StringComparer.Ordinal);
        var earlier = new Dictionary<string, List<ParsedDocument>>(StringComparer.Ordinal);
        foreach (var file in versionFiles.OrderBy(f => f.File, StringComparer.Ordinal))
        {
            if (!byPath.TryGetValue(file.Path.TranslationPath, out var group))
            {
                diagnostics.Error(DiagnosticCodes.VersionInvalid, new SourceRef(file.File),
                    $"version {file.Path.Version} of '{file.Path.TranslationPath}' has no document beside it",
                    "a version is kept beside its document: rename the file after the document, or add the document");
                continue;
            }

            (earlier.TryGetValue(group.Key, out var list) ? list : earlier[group.Key] = []).Add(file);
        }

        var result = ImmutableDictionary.CreateBuilder<string, VersionHistory>(StringComparer.Ordinal);
        foreach (var group in groups.Where(g => !g.Source.Path.IsIndex).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var files = earlier.GetValueOrDefault(group.Key) ?? [];
            var declared = Declared(group.Source);
            if (files.Count == 0 && declared is null)
            {
                continue;
            }

            var versions = new List<DocumentVersion>();
            foreach (var file in files)
            {
                var number = file.Path.Version!.Value;
                if (versions.Any(v => v.Number == number && v.Language == file.Language))
                {
                    diagnostics.Error(DiagnosticCodes.VersionInvalid, new SourceRef(file.File), $"version {number} of '{group.Key}' in '{file.Language}' is written twice",
                        "keep one file per version and language");
                    continue;
                }

                var date = file.FrontMatter.Date ?? git.Added(file);
                if (date is null)
                {
                    diagnostics.Error(DiagnosticCodes.VersionWithoutDate, file.FrontMatter.PositionOf(FrontMatterKeys.Title, file.File),
                        $"version {number} of '{group.Key}' has no date", "add the day the version was published: date: 2019-04-09");
                }

                versions.Add(new DocumentVersion(number, file.Language, file, false, date, Changes(file)));
            }

            var current = declared ?? (versions.Count == 0 ? 1 : versions.Max(v => v.Number) + 1);
            foreach (var late in versions.Where(v => v.Number >= current).ToArray())
            {
                diagnostics.Error(DiagnosticCodes.VersionInvalid, group.Source.FrontMatter.PositionOf(LifecycleDefinition.VersionKey, group.Source.File),
                    string.Create(CultureInfo.InvariantCulture, $"the document is version {current}, but an earlier version is numbered {late.Number} ({late.Document.File})"),
                    "give the document a version above its earlier ones, or renumber the earlier files");
                versions.Remove(late);
            }

            foreach (var document in group.Translations.Values)
            {
                versions.Add(new DocumentVersion(current, document.Language, document, true,
                    document.FrontMatter.Updated ?? (git.Of(document) is { IsEmpty: false } revisions ? revisions[0].Date : document.FrontMatter.Date), Changes(document)));
            }

            result[group.Key] = new VersionHistory(group.Key, [.. versions.OrderByDescending(v => v.Number).ThenBy(v => v.Language, StringComparer.Ordinal)]);
        }

        return result.ToImmutable();
    }

    /// <summary>The document's own <c>version</c>, when it gives a whole number above zero.</summary>
    private static int? Declared(ParsedDocument document) =>
        document.FrontMatter.Fields.GetValueOrDefault(LifecycleDefinition.VersionKey) is double number && number >= 1 && number == Math.Floor(number) && number < 10000
            ? (int)number
            : null;

    private static string? Changes(ParsedDocument document) =>
        document.FrontMatter.Fields.GetValueOrDefault(LifecycleDefinition.ChangesKey) as string;
}
