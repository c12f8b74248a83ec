using System.Collections.Immutable;
using Generator.Configuration;
using Generator.Content;
using Generator.Model;
using Generator.Rendering.Views;
using Scriban.Runtime;

namespace Generator.Rendering;

/// <summary>Builds the typed views a template sees for one page (and one pager page of a list).</summary>
public sealed class ViewBuilder(SiteModel model, Linking.LinkGraph graph, KnowledgeViews knowledge, UiStrings strings, DateTimeOffset today)
{
    private readonly SiteConfig _config = model.Config;
    private readonly TableOfContents _toc = new();
    private readonly HomeViews _home = new(model, strings, today);
    private readonly MetadataViews _meta = new(model, strings, graph);
    private readonly KnowledgeMap.MapGraphBuilder _mapGraph = new(model, graph, strings);
    private readonly KnowledgeMap.MapViews _map = new();
    private readonly Policy.PolicyViews _policy = new(model, graph, strings, today);

    /// <summary>Whether this build makes a search index (see <see cref="SiteView.Search"/>).</summary>
    public bool SearchAvailable { get; init; }

    /// <summary>Whether this build prints PDFs of record (see <see cref="PageView.Pdf"/>).</summary>
    public bool PdfAvailable { get; init; }

    public SiteView Site(PageEntry page)
    {
        var language = _config.Language(page.Language);
        var languages = _config.Languages.Select(Language).ToImmutableArray();
        var menus = new ScriptObject();
        foreach (var (name, links) in model.Menus(page.Language).OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            menus.SetValue(name, links.Select(link => new MenuItemView(MenuLabel(link, page.Language), link.Url,
                IsActive: link.Key is not null && (page.Url.StartsWith(link.Url, StringComparison.Ordinal) && link.Url != _config.BasePath + page.Language + "/" || page.Url == link.Url),
                IsCurrent: page.Url == link.Url)).ToImmutableArray(), readOnly: true);
        }

        return new SiteView(language.Title, language.Code, Language(language), languages, _config.DefaultLanguage,
            _config.BaseUrl.ToString(), model.Home(page.Language).Url, menus, today) { Search = SearchAvailable, Publisher = _home.Publisher(page.Language), SearchFilters = SearchFilters(page.Language) };
    }

    public PageView Page(PageEntry page, int pagerNumber, int pagerTotal)
    {
        var fm = page.FrontMatter;
        var url = UrlBuilder.Pager(page.Url, pagerNumber);
        var canonical = page.IsFallback ? model.Find(page.Key, page.ContentLanguage)?.Url ?? url : url;
        var source = model.Group(page.Key)?.Source;
        var title = DisplayTitle(page);
        var permalink = _config.Absolute(url);
        var (relations, inverse) = (knowledge.Relations(page), knowledge.InverseRelations(page));
        var (backlinks, related) = (knowledge.Backlinks(page), knowledge.Related(page));
        var stale = source is not null && !page.IsFallback && page.Document is { } translation
            && TranslationGroup.IsStale(translation, source);
        var map = page.Kind == PageKind.Map ? _mapGraph.Build(page.Language) : null;
        return new PageView
        {
            Title = title,
            Kind = KindName(page.Kind),
            Type = page.Type,
            Section = page.Section,
            Lang = page.Language,
            ContentLang = page.ContentLanguage,
            Url = url,
            Permalink = permalink,
            Canonical = page.Kind == PageKind.NotFound ? null : _config.Absolute(canonical),
            IsFallback = page.IsFallback,
            Noindex = page.IsFallback || page.Kind == PageKind.NotFound,
            Draft = fm?.Draft ?? false,
            IsScheduled = fm?.PublishDate is { } publish && publish > today,
            PublishDate = fm?.PublishDate,
            Date = fm?.Date,
            Updated = fm?.Updated,
            EndDate = fm?.EndDate,
            Summary = page.Document?.DisplaySummary,
            SummaryInBody = fm?.SummaryInBody ?? false,
            TitleLang = page.IsList ? TitleLang(page) : null,
            Location = fm?.Location,
            Status = fm?.Status,
            IsStale = stale,
            SourceUrl = stale ? model.Find(page.Key, source!.Language)?.Url : null,
            SourceLang = stale ? source!.Language : null,
            SourceUpdated = stale ? source!.FrontMatter.Updated ?? source.FrontMatter.Date : null,
            Content = page.Document is not null ? BodyLinkTargets.Content(page, model, graph) : Markdown.BodyContent.Empty,
            Translations = Translations(page),
            Alternates = Alternates(page),
            Tags = Terms(page).FirstOrDefault(t => t.Name == Content.FrontMatterKeys.Tags)?.Terms ?? [],
            Terms = Terms(page),
            Features = page.Kind == PageKind.Home ? _home.Features(page.Language) : [],
            Taxonomy = page.Taxonomy is { } taxonomy ? TaxonomyView(taxonomy, page.Language, []) : null,
            Pages = map is not null ? [.. map.Nodes.Select(n => Item(n.Page))] : [.. Slice(page, pagerNumber).Select(Item)],
            Map = map is not null ? _map.For(map, page.Language) : null,
            Subsections = [.. page.Subsections.Select(s => model.Find(SiteKeys.Section(s), page.Language)).OfType<PageEntry>().Select(Item)],
            Pager = page.IsList && pagerTotal > 1 ? Pager(page, pagerNumber, pagerTotal) : null,
            Params = Params(fm),
            Fields = Fields(fm),
            Citable = _config.Model.TypeOrPlain(page.Type).Citable,
            Relations = relations,
            InverseRelations = inverse,
            Backlinks = backlinks,
            Related = related,
            Knowledge = KnowledgeSections.Compose(relations, inverse,
                new KnowledgeGroupView("kb-related", "related", Text(page.Language, "related.title", "Related"), related),
                new KnowledgeGroupView("kb-backlinks", "backlinks", Text(page.Language, "backlinks.title", "Referenced in"), backlinks)),
            Lifecycle = _policy.Lifecycle(page),
            Consultation = _policy.Consultation(page),
            Consultations = _policy.Consultations(page),
            Statuses = _policy.Statuses(page),
            ConsultationsUrl = model.Find(SiteKeys.Consultations, page.Language)?.Url,
            Versions = _policy.Versions(page),
            Revisions = _policy.Revisions(page),
            Version = _policy.Version(page),
            Comparison = _policy.Comparison(page),
            Pdf = PdfAvailable ? PdfAddress.For(page, _config) : null,
            CurrentUrl = page.VersionOf is { } of ? model.Find(of, page.Language)?.Url : null,
            Toc = page.Document is { } body && page.Kind is PageKind.Document or PageKind.Version ? _toc.Of(body) : [],
            Breadcrumbs = Breadcrumbs(page),
            Meta = _meta.For(page, title, permalink),
        };
    }

    public static int PagerCount(PageEntry page) =>
        page.IsList && page.Members.Length > 0 ? 1 + (page.Members.Length - 1) / page.PageSize : 1;

    private IReadOnlyList<LanguageLink> Translations(PageEntry page) =>
        [.. _config.Languages.Select(language =>
        {
            // A 404 page stands at any address: the other languages' home pages are where a reader goes.
            var target = (page.Kind == PageKind.NotFound ? null : model.Find(page.Key, language.Code))
                ?? (page.Kind == PageKind.Term ? model.Find(SiteKeys.Taxonomy(page.Taxonomy!), language.Code) : null)
                ?? model.Home(language.Code);
            var translated = target.Key == page.Key && !target.IsFallback || page.Kind == PageKind.NotFound;
            return new LanguageLink(language.Code, language.NativeName, target.Url, language.Code == page.Language, translated);
        })];

    /// <summary>The page's translations for search engines: none for a 404 page, which has no address of its own.</summary>
    private IReadOnlyList<AlternateLink> Alternates(PageEntry page)
    {
        if (page.Kind == PageKind.NotFound)
        {
            return [];
        }

        var real = model.Translations(page.Key).Values.Where(p => !p.IsFallback)
            .OrderBy(p => _config.Languages.IndexOf(_config.Language(p.Language))).ToImmutableArray();
        if (real.IsEmpty)
        {
            return [];
        }

        var fallbackDefault = real.FirstOrDefault(p => p.Language == _config.DefaultLanguage) ?? real[0];
        return [.. real.Select(p => new AlternateLink(p.Language, _config.Absolute(p.Url))), new AlternateLink("x-default", _config.Absolute(fallbackDefault.Url))];
    }

    /// <summary>The page's terms per taxonomy, each linking to its term page in the page's language.</summary>
    private IReadOnlyList<TermListView> Terms(PageEntry page)
    {
        if (page.FrontMatter is not { Terms.Count: > 0 } fm || page.IsFallback || page.Kind != PageKind.Document)
        {
            return [];
        }

        return [.. _config.Model.Taxonomies
            .Where(t => fm.Terms.GetValueOrDefault(t.Name, []).Length > 0)
            .Select(t => TaxonomyView(t.Name, page.Language, [.. fm.Terms[t.Name]
                .Select(written => (written, term: model.TermPage(t.Name, written, page.Language)))
                .Where(x => x.term is not null)
                .DistinctBy(x => x.term!.Key)
                .Select(x => new TagLink(x.term!.Document is null ? x.written : x.term.Title, x.term.Url))]))];
    }

    private TermListView TaxonomyView(string name, string language, IReadOnlyList<TagLink> terms)
    {
        var taxonomy = _config.Model.Taxonomy(name)!;
        var title = taxonomy.Titles.GetValueOrDefault(language) ?? Text(language, name + ".title", Configuration.Schema.DisplayNames.Readable(name));
        var index = model.Find(SiteKeys.Taxonomy(name), language);
        return new TermListView(name, title, Text(language, name + ".label", title + ":"), index?.Url ?? string.Empty, terms);
    }

    /// <summary>Home, then the sections (down through sub-sections) or tag index above the page, then the page itself.</summary>
    private IReadOnlyList<Breadcrumb> Breadcrumbs(PageEntry page)
    {
        var home = model.Home(page.Language);
        if (page.Kind == PageKind.Home)
        {
            return [new Breadcrumb(home.Title, home.Url, true)];
        }

        var above = new List<Breadcrumb>();
        var parent = page.Kind == PageKind.Term ? model.Find(SiteKeys.Taxonomy(page.Taxonomy!), page.Language) : Parent(page);
        for (var hops = 0; parent is not null && hops < 64; parent = Parent(parent), hops++)
        {
            above.Add(new Breadcrumb(DisplayTitle(parent), parent.Url, false, TitleLang(parent)));
        }

        above.Reverse();
        if (page.VersionOf is { } of && model.Find(of, page.Language) is { } document)
        {
            above.Add(new Breadcrumb(DisplayTitle(document), document.Url, false, TitleLang(document)));
        }

        return [new Breadcrumb(home.Title, home.Url, false), .. above, new Breadcrumb(DisplayTitle(page), page.Url, true, TitleLang(page))];
    }

    /// <summary>The language of a page's title when it is not the page's own (a fallback, or a list titled by its source's introduction).</summary>
    private static string? TitleLang(PageEntry page) => page.TitleLanguage != page.Language ? page.TitleLanguage : null;

    private PageEntry? Parent(PageEntry page) =>
        page.ParentSection is { } section ? model.Find(SiteKeys.Section(section), page.Language) : null;

    /// <summary>Type, the relations' filters as site.yml declares them, then year; each labelled by <c>search.{name}</c> and <c>search.all_{name}</c>, else <c>search.all</c>.</summary>
    private IReadOnlyList<SearchFilterView> SearchFilters(string language)
    {
        var names = _config.Model.Types.SelectMany(t => t.Relations).Select(r => r.Filter).OfType<string>().Distinct(StringComparer.Ordinal);
        if (_config.Model.HasLifecycles)
        {
            names = names.Prepend("status");
        }

        return [.. names.Prepend("type").Append("year").Select(name => new SearchFilterView(name,
            Text(language, "search." + name, Configuration.Schema.DisplayNames.Readable(name)),
            Text(language, "search.all_" + name, Text(language, "search.all", "All"))))];
    }

    /// <summary>A page's title; the generator's own pages take theirs from the UI strings.</summary>
    private string DisplayTitle(PageEntry page) => page.Kind switch
    {
        PageKind.Taxonomy when page.Document is null => TaxonomyView(page.Taxonomy!, page.Language, []).Title,
        PageKind.NotFound => Text(page.Language, "notfound.title", "Page not found"),
        PageKind.Map when page.Title.Length == 0 => Text(page.Language, "map.title", "Knowledge map"),
        PageKind.Consultations when page.Title.Length == 0 => Text(page.Language, "consultations.title", "Consultations"),
        PageKind.Version => string.Format(_config.Language(page.Language).Culture, Text(page.Language, "versions.page_title", "{0}, version {1}"), page.Title, page.Version!.Number),
        PageKind.Changes => string.Format(_config.Language(page.Language).Culture, Text(page.Language, "versions.changes_title", "What changed in version {1}: {0}"), page.Title, page.Version!.Number),
        PageKind.Thanks => Text(page.Language, "consultations.thanks_title", "Thank you for your response"),
        _ => page.Title,
    };

    /// <summary>A menu entry's label: its own, else (a page titled by the UI strings, such as the map) its page's title.</summary>
    private string MenuLabel(MenuLink link, string language) =>
        link.Label.Length > 0 || link.Key is null || model.Find(link.Key, language) is not { } target ? link.Label : DisplayTitle(target);

    private static IEnumerable<PageEntry> Slice(PageEntry page, int pagerNumber) =>
        page.IsList ? page.Members.Skip((pagerNumber - 1) * page.PageSize).Take(page.PageSize) : [];

    public static ListItemView Item(PageEntry entry) =>
        new(entry.Title, entry.Url, entry.IsList ? entry.TitleLanguage : entry.ContentLanguage, entry.Type, entry.Section, entry.Date, entry.FrontMatter?.EndDate,
            entry.FrontMatter?.Location, entry.Document?.DisplaySummary, entry.IsFallback, entry.Members.Length, entry.FrontMatter?.Status);

    private static PagerView Pager(PageEntry page, int number, int total)
    {
        var urls = new PagerUrls(page.Url, total);
        return new PagerView(number, total, number > 1 ? urls[number - 2] : null, number < total ? urls[number] : null, urls[0], urls[total - 1], urls);
    }

    private LanguageView Language(LanguageConfig language) =>
        new(language.Code, language.NativeName, language.Culture.Name, model.Home(language.Code).Url, language.Code == _config.DefaultLanguage);

    private string Text(string language, string key, string fallback) => strings.TryGet(language, key, out var text) ? text : fallback;

    private static ParamsObject Params(FrontMatter? fm)
    {
        var result = new ParamsObject();
        foreach (var (key, value) in fm?.Params ?? ImmutableSortedDictionary<string, object?>.Empty)
        {
            result.SetValue(key, value, readOnly: true);
        }

        return result;
    }

    private static ParamsObject Fields(FrontMatter? fm)
    {
        var result = new ParamsObject();
        foreach (var (key, value) in fm?.Fields ?? ImmutableSortedDictionary<string, object?>.Empty)
        {
            result.SetValue(key, value, readOnly: true);
        }

        return result;
    }

    private static string KindName(PageKind kind) => kind switch
    {
        PageKind.Home => "home",
        PageKind.Section => "section",
        PageKind.Document => "document",
        PageKind.Taxonomy => "tags",
        PageKind.Term => "tag",
        PageKind.NotFound => "404",
        PageKind.Map => "map",
        PageKind.Version => "version",
        PageKind.Changes => "changes",
        PageKind.Consultations => "consultations",
        PageKind.Thanks => "thanks",
        _ => "page",
    };
}
