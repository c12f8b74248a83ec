using System.Collections.Immutable;
using Generator.Configuration;
using Generator.Content;
using Generator.Diagnostics;

namespace Generator.Model;

/// <summary>
/// Stage 4: turns parsed documents into the frozen <see cref="SiteModel"/>: published documents
/// joined into translation groups, one page per document and language (a fallback page where a
/// translation is missing and the language falls back), home, section, sub-section and tag lists
/// with their members, menus and aliases. A section's list shows every page below it, its
/// sub-sections' included, newest first, and names its sub-sections.
/// </summary>
public sealed class SiteModelBuilder(SiteConfig config, PublicationFilter filter)
{
    /// <summary>What the git history says of the documents' files (<c>history: git</c>), or nothing.</summary>
    public GitDates Git { get; init; } = GitDates.None;

    public SiteModel Build(ImmutableArray<ParsedDocument> documents, DiagnosticBag diagnostics)
    {
        var all = documents.Where(d => WhyNot(d) is null).ToImmutableArray();
        var published = all.Where(d => d.Path.Version is null).ToImmutableArray();
        var tree = SectionTree.From(published.Where(d => !IsTermFolder(d.Path.Section)), config);
        var urls = new UrlBuilder(config, tree);
        var groups = new TranslationGrouper().Group(published, config, diagnostics);
        var terms = groups.Where(g => !g.Source.Path.IsIndex && IsTermFolder(g.Source.Path.Section)).ToImmutableArray();
        var documentPages = groups.Where(g => !g.Source.Path.IsIndex && !IsTermFolder(g.Source.Path.Section))
            .SelectMany(g => DocumentPages(g, urls, tree)).ToImmutableArray();
        var indexGroups = groups.Where(g => g.Source.Path.IsIndex).ToDictionary(g => g.Source.Path.Folder, StringComparer.Ordinal);
        var sections = documentPages.Select(p => p.Section).Concat(indexGroups.Keys.Where(k => !k.Contains('/'))).Concat(tree.Subsections)
            .Where(s => s.Length > 0 && !IsTermFolder(s)).Distinct().Order(StringComparer.Ordinal).ToImmutableArray();

        var pages = new List<PageEntry>(documentPages);
        foreach (var language in config.Languages.Select(l => l.Code))
        {
            var inLanguage = documentPages.Where(p => p.Language == language).Order(PageOrder.Instance).ToImmutableArray();
            pages.Add(ListPage(PageKind.Home, string.Empty, language, indexGroups.GetValueOrDefault(string.Empty), inLanguage, urls));
            foreach (var section in sections)
            {
                var members = inLanguage.Where(p => IsWithin(p.SectionPath, section)).ToImmutableArray();
                pages.Add(ListPage(PageKind.Section, section, language, indexGroups.GetValueOrDefault(section), members, urls) with
                {
                    ParentSection = tree.ParentOf(section),
                    Subsections = [.. sections.Where(s => tree.IsSubsection(s) && tree.ParentOf(s) == section)],
                });
            }
        }

        var catalogs = config.Model.Taxonomies.ToImmutableDictionary(t => t.Name, t => new TermCatalog(t, terms.Where(g => g.Source.Path.Section == t.Name)), StringComparer.Ordinal);
        pages.AddRange(new TaxonomyCollector(config, urls).Collect(documentPages, catalogs, indexGroups));
        var histories = new VersionCollector().Collect(all.Where(d => d.Path.Version is not null), groups, diagnostics, Git);
        pages.AddRange(new PolicyPages(config, urls).Make(histories, documentPages));
        pages.AddRange(config.Languages.Select(l => new PageEntry(PageKind.NotFound, SiteKeys.NotFound, l.Code, string.Empty, "404", urls.NotFound(l.Code), null, false, "404")));
        if (HasMap(published))
        {
            pages.AddRange(config.Languages.Select(l => new PageEntry(PageKind.Map, SiteKeys.Map, l.Code, string.Empty, "map", urls.Map(l.Code), null, false,
                config.Map.Titles.GetValueOrDefault(l.Code, string.Empty))));
        }
        var ordered = pages.OrderBy(p => p.Url, StringComparer.Ordinal).ThenBy(p => p.Document?.File, StringComparer.Ordinal).ToImmutableArray();
        var translations = ordered
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .ToImmutableDictionary(
                g => g.Key,
                g => g.GroupBy(p => p.Language).ToImmutableDictionary(l => l.Key, l => l.First()),
                StringComparer.Ordinal);
        var groupsByKey = groups.ToImmutableSortedDictionary(g => g.Key, g => g, StringComparer.Ordinal);
        var model = new SiteModel(config, ordered, translations, ImmutableDictionary<string, ImmutableDictionary<string, ImmutableArray<MenuLink>>>.Empty, [], groupsByKey);
        var menus = new MenuResolver(config).Resolve(model, diagnostics);
        var aliases = new AliasCollector(config).Collect(ordered, diagnostics);
        return new SiteModel(config, ordered, translations, menus, aliases, groupsByKey) { Unpublished = Unpublished(documents), Terms = catalogs, Versions = histories, Revisions = Git };
    }

    /// <summary>
    /// Whether the site has a knowledge map: site.yml does not turn it off, its model declares
    /// relations, and a published document uses one.
    /// </summary>
    private bool HasMap(ImmutableArray<ParsedDocument> published) =>
        config.Map.Enabled && !config.Model.RelationKeys.IsEmpty && published.Any(d => !d.FrontMatter.Relations.IsEmpty);

    /// <summary>A taxonomy's folder of term pages (<c>content/tags/</c>), not a section.</summary>
    private bool IsTermFolder(string folder) => folder.Length > 0 && config.TypeOf(folder) == Configuration.Schema.TaxonomyDefinition.TermType;

    /// <summary>The documents left out, by their ids (key and path), each with the reason.</summary>
    private ImmutableDictionary<string, Exclusion> Unpublished(ImmutableArray<ParsedDocument> documents)
    {
        var result = ImmutableDictionary.CreateBuilder<string, Exclusion>(StringComparer.Ordinal);
        foreach (var document in documents.OrderBy(d => d.File, StringComparer.Ordinal))
        {
            if (WhyNot(document) is { } reason)
            {
                result.TryAdd(TranslationGrouper.KeyOf(document), reason);
                result.TryAdd(document.Path.TranslationPath, reason);
            }
        }

        return result.ToImmutable();
    }

    /// <summary>Why this build leaves a document out (a draft, scheduled, expired, or in a status its lifecycle does not publish), or null.</summary>
    private Exclusion? WhyNot(ParsedDocument document)
    {
        if (filter.WhyNot(document.FrontMatter) is { } reason)
        {
            return reason;
        }

        var type = config.Model.Type(document.FrontMatter.Type ?? config.TypeOf(document.Path.Section));
        return !filter.IncludeDrafts && type?.Lifecycle is { } lifecycle
            && lifecycle.Status(document.FrontMatter.Fields.GetValueOrDefault(lifecycle.Field) as string) is { Published: false } status
            ? new Exclusion($"in the status '{status.Name}', which this site does not publish", "build with --drafts to include it, or remove this reference")
            : null;
    }

    /// <summary>Whether a page of <paramref name="sectionPath"/> is listed on <paramref name="section"/>'s list: the section itself or one below it.</summary>
    private static bool IsWithin(string sectionPath, string section) =>
        sectionPath == section || sectionPath.StartsWith(section + "/", StringComparison.Ordinal);

    private IEnumerable<PageEntry> DocumentPages(TranslationGroup group, UrlBuilder urls, SectionTree tree)
    {
        foreach (var language in config.Languages.Select(l => l.Code))
        {
            var document = group.Translations.GetValueOrDefault(language);
            var isFallback = document is null;
            if (isFallback && !config.FallbackLanguages.Contains(language))
            {
                continue;
            }

            document ??= group.Source;
            var section = document.Path.Section;
            var type = document.FrontMatter.Type ?? (section.Length == 0 ? "page" : config.Section(section).Type);
            var sectionPath = tree.SectionOf(document.Path.Folder);
            yield return new PageEntry(PageKind.Document, group.Key, language, section, type, urls.Document(document, language),
                document, isFallback, document.DisplayTitle) { SectionPath = sectionPath, ParentSection = sectionPath.Length > 0 ? sectionPath : null };
        }
    }

    /// <summary>
    /// A home or section page. Its introduction is the <c>_index</c> file in the page's language;
    /// without one the list still exists (lists are never missing), titled from site.yml.
    /// </summary>
    private PageEntry ListPage(PageKind kind, string section, string language, TranslationGroup? index, ImmutableArray<PageEntry> members, UrlBuilder urls)
    {
        var document = index?.Translations.GetValueOrDefault(language);
        var topLevel = section.Split('/')[0];
        var sectionConfig = config.Section(topLevel);
        var own = document?.DisplayTitle
            ?? (kind == PageKind.Home ? config.Language(language).Title : section == topLevel ? sectionConfig.Titles.GetValueOrDefault(language) : null);
        var title = own ?? index?.Source.DisplayTitle ?? Configuration.Schema.DisplayNames.Readable(section[(section.LastIndexOf('/') + 1)..]);
        var key = kind == PageKind.Home ? SiteKeys.Home : SiteKeys.Section(section);
        var url = kind == PageKind.Home ? urls.Home(language) : urls.Section(section, language);
        var type = document?.FrontMatter.Type ?? (kind == PageKind.Home ? "home" : sectionConfig.Type);
        return new PageEntry(kind, key, language, topLevel, type, url, document, false, title)
        {
            SectionPath = section,
            TitleLanguage = own is null && index?.Source.FrontMatter.Title is not null ? index.Source.Language : language,
            Members = members,
            PageSize = kind == PageKind.Home ? int.MaxValue : sectionConfig.PageSize,
        };
    }
}
