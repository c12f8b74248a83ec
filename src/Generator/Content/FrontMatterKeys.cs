namespace Generator.Content;

/// <summary>
/// The front matter keys the generator itself knows, as authors write them. Every other key is a
/// field or a relation the content model in site.yml declares; a few field names have a meaning
/// by convention when a type declares them (<see cref="EndDate"/>, <see cref="Location"/>, <see cref="Status"/>).
/// </summary>
public static class FrontMatterKeys
{
    public const string Title = "title";
    public const string Date = "date";
    public const string Updated = "updated";
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
    public const string Params = "params";
    public const string SourceHash = "sourceHash";

    /// <summary>A field of a calendar type: the event's last day.</summary>
    public const string EndDate = "endDate";

    /// <summary>A field of a calendar type: where the event takes place.</summary>
    public const string Location = "location";

    /// <summary>A field of a document type: its status (a draft carries a notice).</summary>
    public const string Status = "status";

    public static readonly IReadOnlyList<string> All =
    [
        Title, Date, Updated, Summary, Draft, PublishDate, ExpiryDate, Slug, Aliases,
        Weight, Type, Layout, TranslationKey, Params, SourceHash,
    ];
}
