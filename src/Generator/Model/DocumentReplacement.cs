using System.Collections.Immutable;
using Generator.Content;

namespace Generator.Model;

/// <summary>
/// Makes the model of a site in which some documents were edited without changing anything
/// other pages read from them (the caller has checked that): every page, list member, alias and
/// translation group that held an old document holds its new version; all else is shared with
/// the previous model.
/// </summary>
public static class DocumentReplacement
{
    public static SiteModel Replace(SiteModel model, IReadOnlyDictionary<ParsedDocument, ParsedDocument> edited)
    {
        var pages = new Dictionary<PageEntry, PageEntry>(ReferenceEqualityComparer.Instance);
        PageEntry Swap(PageEntry page) =>
            page.Document is { } document && edited.TryGetValue(document, out var replacement)
                ? pages.TryGetValue(page, out var done) ? done : pages[page] = page with { Document = replacement }
                : page;

        var all = model.Pages.Select(Swap).ToArray();
        for (var i = 0; i < all.Length; i++)
        {
            if (all[i].Members.Any(m => m.Document is { } d && edited.ContainsKey(d)))
            {
                all[i] = all[i] with { Members = [.. all[i].Members.Select(Swap)] };
            }
        }

        var keys = pages.Keys.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var translations = model.TranslationTable.SetItems(keys.Select(key =>
            KeyValuePair.Create(key, model.TranslationTable[key].ToImmutableDictionary(p => p.Key, p => Swap(p.Value), StringComparer.Ordinal))));
        var groups = model.Groups.SetItems(keys.Where(model.Groups.ContainsKey).Select(key =>
        {
            var group = model.Groups[key];
            return KeyValuePair.Create(key, group with
            {
                Source = edited.GetValueOrDefault(group.Source, group.Source),
                Translations = group.Translations.ToImmutableDictionary(t => t.Key, t => edited.GetValueOrDefault(t.Value, t.Value), StringComparer.Ordinal),
            });
        }));
        var aliases = model.Aliases.Select(a => a with { Target = Swap(a.Target) }).ToImmutableArray();
        return new SiteModel(model.Config, [.. all], translations, model.MenuTable, aliases, groups) { Unpublished = model.Unpublished };
    }
}
