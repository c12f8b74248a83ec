using System.Collections.Immutable;
using Generator.Configuration.Schema;
using Generator.Content;

namespace Generator.Model;

/// <summary>
/// What a term written in front matter stands for, in one taxonomy. A term page
/// (<c>content/tags/volunteering.fr.md</c>) makes a term translatable: the term is then known by
/// its file name in every language and, in a language, by its page's slug and title there, and
/// its page gives it its title and slug in each language. Any other term is its own slug.
/// </summary>
public sealed class TermCatalog
{
    private readonly ImmutableDictionary<string, TranslationGroup> _byKey;
    private readonly ImmutableDictionary<(string Language, string Slug), TranslationGroup> _byLanguage;

    public TermCatalog(TaxonomyDefinition taxonomy, IEnumerable<TranslationGroup> termPages)
    {
        Taxonomy = taxonomy;
        var groups = termPages.ToImmutableArray();
        _byKey = groups.GroupBy(KeyOf).ToImmutableDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _byLanguage = groups
            .SelectMany(g => g.Translations.SelectMany(t => new[] { SlugOf(t.Value), Slugifier.Slugify(t.Value.FrontMatter.Title) }.Select(slug => (Key: (t.Key, slug), Group: g))))
            .Where(e => e.Key.slug.Length > 0)
            .GroupBy(e => e.Key)
            .ToImmutableDictionary(g => g.Key, g => g.First().Group);
    }

    public TaxonomyDefinition Taxonomy { get; }

    /// <summary>The term's key (the same in every language), its slug and label in the language, and its term page there, if any.</summary>
    public Term? Resolve(string written, string language)
    {
        var slug = Slugifier.Slugify(written);
        if (slug.Length == 0)
        {
            return null;
        }

        var group = _byKey.GetValueOrDefault(slug) ?? _byLanguage.GetValueOrDefault((language, slug));
        if (group is null)
        {
            return new Term(slug, slug, written, null);
        }

        var page = group.Translations.GetValueOrDefault(language);
        return page is null
            ? new Term(KeyOf(group), KeyOf(group), written, null)
            : new Term(KeyOf(group), SlugOf(page), page.DisplayTitle, page);
    }

    /// <summary>The terms that have a page in the language, whether or not a page of that language uses them.</summary>
    public IEnumerable<Term> WithPages(string language) =>
        _byKey.Values.Where(g => g.Translations.ContainsKey(language)).Select(g => Resolve(KeyOf(g), language)!);

    /// <summary>A term page's term: its file name as a slug.</summary>
    public static string KeyOf(TranslationGroup group) => Slugifier.Slugify(group.Source.Path.Name) is { Length: > 0 } key ? key : "term";

    private static string SlugOf(ParsedDocument page) =>
        page.FrontMatter.Slug ?? (Slugifier.Slugify(page.FrontMatter.Title) is { Length: > 0 } slug ? slug : UrlBuilder.SlugOf(page));
}

/// <summary>A term as a language shows it: <paramref name="Key"/> joins its pages across languages.</summary>
public sealed record Term(string Key, string Slug, string Label, ParsedDocument? Page);
