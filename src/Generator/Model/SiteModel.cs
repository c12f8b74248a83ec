using System.Collections.Frozen;
using System.Collections.Immutable;
using Generator.Configuration;

namespace Generator.Model;

/// <summary>
/// Stage 4's result, frozen: every page in every language, translations joined by key, lists
/// with their members, menus per language, and aliases.
/// </summary>
public sealed class SiteModel(
    SiteConfig config,
    ImmutableArray<PageEntry> pages,
    ImmutableDictionary<string, ImmutableDictionary<string, PageEntry>> translations,
    ImmutableDictionary<string, ImmutableDictionary<string, ImmutableArray<MenuLink>>> menus,
    ImmutableArray<AliasEntry> aliases,
    ImmutableSortedDictionary<string, TranslationGroup> groups)
{
    /// <summary>
    /// The documents this build leaves out (drafts, scheduled, expired), by every id a link may
    /// name them with, and why: a link to one is reported as such, not as an unknown page.
    /// </summary>
    public ImmutableDictionary<string, Exclusion> Unpublished { get; init; } = ImmutableDictionary<string, Exclusion>.Empty;

    /// <summary>The versions of documents that have them, by the document's key.</summary>
    public ImmutableDictionary<string, VersionHistory> Versions { get; init; } = ImmutableDictionary<string, VersionHistory>.Empty;

    /// <summary>The revisions of documents' files from their git history (<c>history: git</c>), or none.</summary>
    public GitDates Revisions { get; init; } = GitDates.None;

    /// <summary>Each taxonomy's terms by the taxonomy's name: what a term written in front matter stands for.</summary>
    public ImmutableDictionary<string, TermCatalog> Terms { get; init; } = ImmutableDictionary<string, TermCatalog>.Empty;

    /// <summary>The page of a term written in a page's front matter, in the page's language, if it has one.</summary>
    public PageEntry? TermPage(string taxonomy, string written, string language) =>
        Terms.GetValueOrDefault(taxonomy)?.Resolve(written, language) is { } term ? Find(SiteKeys.Term(taxonomy, term.Key), language) : null;

    /// <summary>The published documents' translation groups by key, in ordinal key order.</summary>
    public ImmutableSortedDictionary<string, TranslationGroup> Groups { get; } = groups;

    public SiteConfig Config { get; } = config;

    /// <summary>All pages, in ordinal URL order.</summary>
    public ImmutableArray<PageEntry> Pages { get; } = pages;

    public ImmutableArray<AliasEntry> Aliases { get; } = aliases;

    /// <summary>Every page by translation key and language (what <see cref="Find"/> reads).</summary>
    public ImmutableDictionary<string, ImmutableDictionary<string, PageEntry>> TranslationTable { get; } = translations;

    /// <summary>Every language's menus (what <see cref="Menus"/> reads).</summary>
    public ImmutableDictionary<string, ImmutableDictionary<string, ImmutableArray<MenuLink>>> MenuTable { get; } = menus;

    // The tables above, for lookups: renders ask them several times per link on every page.
    private readonly FrozenDictionary<string, FrozenDictionary<string, PageEntry>> _pages =
        translations.ToFrozenDictionary(t => t.Key, t => t.Value.ToFrozenDictionary(StringComparer.Ordinal), StringComparer.Ordinal);

    private readonly FrozenDictionary<string, TranslationGroup> _groups = groups.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The translation group with this key, if it is a published document's.</summary>
    public TranslationGroup? Group(string key) => _groups.GetValueOrDefault(key);

    /// <summary>The page with this translation key in this language (real or fallback), if any.</summary>
    public PageEntry? Find(string key, string language) =>
        _pages.TryGetValue(key, out var byLanguage) && byLanguage.TryGetValue(language, out var page) ? page : null;

    /// <summary>Every language's page for a translation key.</summary>
    public ImmutableDictionary<string, PageEntry> Translations(string key) =>
        TranslationTable.GetValueOrDefault(key, ImmutableDictionary<string, PageEntry>.Empty);

    public ImmutableDictionary<string, ImmutableArray<MenuLink>> Menus(string language) =>
        MenuTable.GetValueOrDefault(language, ImmutableDictionary<string, ImmutableArray<MenuLink>>.Empty);

    public PageEntry Home(string language) => Find(SiteKeys.Home, language)!;

    /// <summary>
    /// The page a link to <paramref name="key"/> leads to for a reader of <paramref name="language"/>:
    /// the real translation, or else the source document's own page.
    /// </summary>
    public PageEntry? LinkTarget(string key, string language)
    {
        if (Find(key, language) is { IsFallback: false } page)
        {
            return page;
        }

        if (!_groups.TryGetValue(key, out var group))
        {
            return null;
        }

        // A term page's file (content/tags/volunteering.fr.md) is shown on its term's page.
        if (!group.Source.Path.IsIndex && Terms.ContainsKey(group.Source.Path.Section))
        {
            var term = SiteKeys.Term(group.Source.Path.Section, TermCatalog.KeyOf(group));
            return Find(term, language) ?? Find(term, group.Source.Language) ?? Translations(term).Values.OrderBy(p => p.Url, StringComparer.Ordinal).FirstOrDefault();
        }

        return Find(key, group.Source.Language);
    }
}
