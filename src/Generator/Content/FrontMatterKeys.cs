namespace Generator.Content;

/// <summary>The front matter keys the generator knows, as authors write them.</summary>
public static class FrontMatterKeys
{
    public const string Title = "title";
    public const string Date = "date";
    public const string Updated = "updated";
    public const string EndDate = "endDate";
    public const string Summary = "summary";
    public const string Draft = "draft";
    public const string PublishDate = "publishDate";
    public const string ExpiryDate = "expiryDate";
    public const string Slug = "slug";
    public const string Aliases = "aliases";
    public const string Weight = "weight";
    public const string Tags = "tags";
    public const string Type = "type";
    public const string Layout = "layout";
    public const string TranslationKey = "translationKey";
    public const string Location = "location";
    public const string Params = "params";
    public const string Status = "status";
    public const string SourceHash = "sourceHash";

    /// <summary>The values <c>status</c> may take.</summary>
    public static readonly IReadOnlyList<string> Statuses = ["draft", "consultation", "adopted"];
    public const string Topics = "topics";
    public const string Cities = "cities";
    public const string Projects = "projects";
    public const string Organisations = "organisations";
    public const string People = "people";
    public const string Events = "events";
    public const string Related = "related";
    public const string Supersedes = "supersedes";

    /// <summary>The relation keys, each naming entities or documents by id.</summary>
    public static readonly IReadOnlyList<string> RelationKeys =
        [Topics, Cities, Projects, Organisations, People, Events, Related, Supersedes];

    public static readonly IReadOnlyList<string> All =
    [
        Title, Date, Updated, EndDate, Summary, Draft, PublishDate, ExpiryDate, Slug, Aliases,
        Weight, Tags, Type, Layout, TranslationKey, Location, Params, Status, SourceHash,
        Topics, Cities, Projects, Organisations, People, Events, Related, Supersedes,
    ];
}
