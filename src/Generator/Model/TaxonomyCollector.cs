using System.Collections.Immutable;
using Generator.Configuration;
using Generator.Configuration.Schema;

namespace Generator.Model;

/// <summary>
/// Each taxonomy's pages per language: an index of its terms and a page per term, from the terms
/// of real (translated) documents; fallback pages carry another language's terms and stay out. A
/// term with a term page in a language has a page there as soon as any language uses it, so the
/// language switcher of <c>/en/tags/volunteering/</c> goes to <c>/fr/etiquettes/benevolat/</c>.
/// Every language gets the index when any term exists, so a term page's switcher always has
/// somewhere to go.
/// </summary>
public sealed class TaxonomyCollector(SiteConfig config, UrlBuilder urls)
{
    /// <param name="catalogs">Each taxonomy's terms, by its name.</param>
    /// <param name="indexPages">The <c>_index</c> groups by folder: a taxonomy's introduction and title.</param>
    public IEnumerable<PageEntry> Collect(ImmutableArray<PageEntry> documentPages, ImmutableDictionary<string, TermCatalog> catalogs,
        IReadOnlyDictionary<string, TranslationGroup> indexPages)
    {
        foreach (var taxonomy in config.Model.Taxonomies)
        {
            var catalog = catalogs[taxonomy.Name];
            var real = documentPages.Where(p => !p.IsFallback && p.FrontMatter is { } fm && fm.Terms.GetValueOrDefault(taxonomy.Name, []).Length > 0).ToArray();
            if (real.Length == 0)
            {
                continue;
            }

            var used = real.SelectMany(p => p.FrontMatter!.Terms[taxonomy.Name].Select(t => catalog.Resolve(t, p.Language)?.Key)).ToHashSet(StringComparer.Ordinal);
            foreach (var language in config.Languages.Select(l => l.Code))
            {
                foreach (var page in Pages(taxonomy, catalog, language, real, used, indexPages.GetValueOrDefault(taxonomy.Name)))
                {
                    yield return page;
                }
            }
        }
    }

    private IEnumerable<PageEntry> Pages(TaxonomyDefinition taxonomy, TermCatalog catalog, string language, PageEntry[] real, HashSet<string?> used, TranslationGroup? index)
    {
        var terms = new SortedDictionary<string, (Term Term, List<PageEntry> Pages)>(StringComparer.Ordinal);
        foreach (var page in real.Where(p => p.Language == language).Order(PageOrder.Instance))
        {
            // A page whose terms share a key is listed once (checked among its own terms, not the whole list).
            foreach (var term in page.FrontMatter!.Terms[taxonomy.Name].Select(t => catalog.Resolve(t, language)).OfType<Term>().DistinctBy(t => t.Key))
            {
                if (!terms.TryGetValue(term.Key, out var entry))
                {
                    terms[term.Key] = entry = (term, []);
                }

                entry.Pages.Add(page);
            }
        }

        foreach (var term in catalog.WithPages(language).Where(t => used.Contains(t.Key) && !terms.ContainsKey(t.Key)))
        {
            terms[term.Key] = (term, []);
        }

        var termPages = terms.Values.Select(entry => new PageEntry(PageKind.Term, SiteKeys.Term(taxonomy.Name, entry.Term.Key), language, string.Empty,
                TaxonomyDefinition.TermType, urls.Term(taxonomy, entry.Term.Slug, language), entry.Term.Page, false, entry.Term.Label)
            {
                Members = [.. entry.Pages],
                Taxonomy = taxonomy.Name,
                PageSize = config.PageSize,
            })
            .ToImmutableArray();

        // The index lists terms as its members, most used first, then alphabetically.
        var comparer = StringComparer.Create(config.Language(language).Culture, ignoreCase: true);
        var introduction = index?.Translations.GetValueOrDefault(language);
        var title = introduction?.DisplayTitle ?? taxonomy.Titles.GetValueOrDefault(language) ?? taxonomy.Name;
        yield return new PageEntry(PageKind.Taxonomy, SiteKeys.Taxonomy(taxonomy.Name), language, string.Empty, taxonomy.Name, urls.Taxonomy(taxonomy, language), introduction, false, title)
        {
            Members = [.. termPages.OrderByDescending(t => t.Members.Length).ThenBy(t => t.Title, comparer).ThenBy(t => t.Url, StringComparer.Ordinal)],
            Taxonomy = taxonomy.Name,
            PageSize = int.MaxValue,
        };

        foreach (var termPage in termPages)
        {
            yield return termPage;
        }
    }
}
