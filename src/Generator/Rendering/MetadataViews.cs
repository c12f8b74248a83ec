using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Generator.Model;
using Generator.Rendering.Views;

namespace Generator.Rendering;

/// <summary>
/// Builds a page's <see cref="MetaView"/>: description, Open Graph, schema.org JSON-LD for its
/// kind (an article for guidelines, statements and news; an event; a person; an organisation; a
/// place for a city; a web page otherwise), citation metadata (<c>citation_*</c>, Dublin Core,
/// BibTeX and RIS) for guidelines and statements, and the feeds of its language. An article's
/// publisher is the site's <c>publisher</c> (its name and page), and so is its author unless a
/// relation declared with <c>schema: author</c> names the people who wrote it.
/// </summary>
public sealed class MetadataViews(SiteModel model, UiStrings strings, Linking.LinkGraph? graph = null)
{
    private readonly HomeViews _home = new(model, strings, DateTimeOffset.UnixEpoch);

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };
    private readonly FeedCatalog _feeds = new(model.Config);

    public MetaView For(PageEntry page, string title, string permalink)
    {
        var config = model.Config;
        var language = config.Language(page.Language);
        var siteName = language.Title;
        var home = config.Absolute(model.Home(page.Language).Url);
        var description = page.Document?.DisplaySummary
            ?? (page.Kind == PageKind.Map && strings.TryGet(page.Language, "map.intro", out var intro) ? intro : null)
            ?? (page.Kind == PageKind.Term && strings.TryGet(page.Language, "term.description", out var term)
                ? string.Format(language.Culture, term, title, string.Empty, page.Members.Length) : null)
            ?? model.Home(page.Language).Document?.DisplaySummary ?? siteName;
        var tags = new List<MetaTag>
        {
            new(null, "og:type", page.Kind == PageKind.Document && IsArticle(SchemaType(page)) ? "article" : "website"),
            new(null, "og:title", title),
            new(null, "og:description", description),
            new(null, "og:url", permalink),
            new(null, "og:site_name", siteName),
            new(null, "og:locale", Locale(language.Culture)),
        };
        tags.AddRange(model.Translations(page.Key).Values.Where(t => !t.IsFallback && t.Language != page.Language)
            .OrderBy(t => t.Language, StringComparer.Ordinal)
            .Select(t => new MetaTag(null, "og:locale:alternate", Locale(config.Language(t.Language).Culture))));

        var citable = page.Kind is PageKind.Document or PageKind.Version && !page.IsFallback && model.Config.Model.TypeOrPlain(page.Type).Citable;
        var (status, version) = PolicyState(page);
        if (citable)
        {
            tags.AddRange(Citation.MetaTags(title, PublisherName(page.Language, siteName), page, permalink, description));
        }

        return new MetaView
        {
            Description = description,
            Tags = tags,
            JsonLd = new RawHtml(PolicyJsonLd(JsonLd(page, SchemaType(page), title, description, permalink, Publisher(page.Language, siteName, home)), status, version).ToJsonString(Json)),
            Feeds = [.. _feeds.Feeds.Select(f => new FeedLink(f.Title(page.Language, key => strings.TryGet(page.Language, key, out var text) ? text : null), _feeds.Rss(page.Language, f), "application/rss+xml"))
                .Concat(_feeds.Feeds.Select(f => new FeedLink(f.Title(page.Language, key => strings.TryGet(page.Language, key, out var text) ? text : null), _feeds.Atom(page.Language, f), "application/atom+xml")))],
            Calendar = page.Kind == PageKind.Document && !page.IsFallback && _feeds.IsEvent(page) && page.Date is not null ? FeedCatalog.EventCalendar(page) : null,
            Citation = citable ? Citation.Of(title, PublisherName(page.Language, siteName), page, permalink, PolicyNote(page.Language, status, version), version) : null,
        };
    }

    /// <summary>A policy document's status label in its page's language and the version shown (the current one on the document's own page), each null when it has none.</summary>
    private (string? Status, int? Version) PolicyState(PageEntry page)
    {
        if (page.Kind is not (PageKind.Document or PageKind.Version) || model.Config.Model.Type(page.Type)?.Lifecycle is not { } lifecycle || page.FrontMatter is not { } fm)
        {
            return (null, null);
        }

        var status = lifecycle.Status(fm.Fields.GetValueOrDefault(lifecycle.Field) as string) is { } s ? Label(page.Language, "status." + s.Name, Configuration.Schema.DisplayNames.Readable(s.Name)) : null;
        var version = page.Version?.Number ?? (model.Versions.TryGetValue(page.Key, out var history) ? history.Current : null);
        return (status, version);
    }

    private string? PolicyNote(string language, string? status, int? version)
    {
        var numbered = version is { } number ? string.Format(model.Config.Language(language).Culture, Label(language, "versions.number", "Version {0}"), number) : null;
        return status is null ? numbered : numbered is null ? status : $"{status}, {char.ToLower(numbered[0], model.Config.Language(language).Culture)}{numbered[1..]}";
    }

    /// <summary>schema.org's <c>creativeWorkStatus</c> (the status in the page's language) and <c>version</c> of a policy document.</summary>
    private static JsonObject PolicyJsonLd(JsonObject data, string? status, int? version)
    {
        if (status is not null) data["creativeWorkStatus"] = status;
        if (version is { } number) data["version"] = number.ToString(CultureInfo.InvariantCulture);
        return data;
    }

    private string Label(string language, string key, string fallback) => strings.TryGet(language, key, out var text) ? text : fallback;

    private static bool IsArticle(string schemaType) => schemaType is "Article" or "NewsArticle";

    /// <summary>The schema.org type of a page: its type's <c>schema</c> in site.yml (WebPage when none), CollectionPage for lists.</summary>
    private string SchemaType(PageEntry page) =>
        page.Kind is not (PageKind.Document or PageKind.Version) ? "CollectionPage" : model.Config.Model.TypeOrPlain(page.Type).Schema ?? "WebPage";

    private static string Locale(CultureInfo culture) => culture.Name.Replace('-', '_');

    /// <summary>Who a citation names as author and publisher: site.yml's <c>publisher</c>, else the site's title.</summary>
    private string PublisherName(string language, string siteName) => _home.Publisher(language)?.Name ?? siteName;

    /// <summary>The organisation that publishes the site: site.yml's <c>publisher</c>, else the site under its title.</summary>
    private JsonObject Publisher(string language, string siteName, string home) =>
        _home.Publisher(language) is { } publisher
            ? new JsonObject { ["@type"] = "Organization", ["name"] = publisher.Name, ["url"] = model.Config.Absolute(publisher.Url) }
            : new JsonObject { ["@type"] = "Organization", ["name"] = siteName, ["url"] = home };

    /// <summary>The pages a relation declared with <c>schema: {property}</c> names, each as its type's schema.org type.</summary>
    private IEnumerable<(string Property, JsonObject Thing)> SchemaRelations(PageEntry page)
    {
        if (graph is null || page.Kind != PageKind.Document)
        {
            yield break;
        }

        var type = model.Config.Model.TypeOrPlain(page.Type);
        foreach (var edge in graph.Outgoing(page.Key))
        {
            if ((type.Relation(edge.Kind) ?? model.Config.Model.AnyRelation(edge.Kind))?.Schema is { } property
                && model.LinkTarget(edge.Target, page.Language) is { } target)
            {
                yield return (property, new JsonObject
                {
                    ["@type"] = model.Config.Model.TypeOrPlain(target.Type).Schema ?? "Thing",
                    ["name"] = target.Title,
                    ["url"] = model.Config.Absolute(target.Url),
                });
            }
        }
    }

    private JsonObject JsonLd(PageEntry page, string type, string title, string description, string permalink, JsonObject publisher)
    {
        var fm = page.FrontMatter;
        var data = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = type,
            [type is "Article" or "NewsArticle" ? "headline" : "name"] = title,
            ["url"] = permalink,
            ["description"] = description,
        };
        if (type is not ("Person" or "Organization" or "Place"))
        {
            data["inLanguage"] = page.ContentLanguage;
        }

        if (type is "Article" or "NewsArticle")
        {
            if (page.Date is { } date) data["datePublished"] = Day(date);
            if (fm?.Updated is { } updated) data["dateModified"] = Day(updated);
            data["author"] = publisher.DeepClone();
            data["publisher"] = publisher.DeepClone();
        }

        foreach (var group in SchemaRelations(page).GroupBy(r => r.Property, StringComparer.Ordinal))
        {
            data[group.Key] = group.Count() == 1 ? group.First().Thing : new JsonArray([.. group.Select(r => (JsonNode)r.Thing)]);
        }

        if (type == "Event")
        {
            if (page.Date is { } start) data["startDate"] = Day(start);
            if (fm?.EndDate is { } end) data["endDate"] = Day(end);
            data["eventAttendanceMode"] = "https://schema.org/OfflineEventAttendanceMode";
            data["location"] = new JsonObject { ["@type"] = "Place", ["name"] = fm?.Location ?? title };
            data["organizer"] = publisher.DeepClone();
        }

        return data;
    }

    /// <summary>A date for schema.org and Dublin Core: ISO 8601 as far as it is known (<c>2019</c>, <c>2019-06</c>, <c>2019-06-20</c>).</summary>
    internal static string Day(Dates.DateValue date) => date.IsoDate;
}
