namespace Generator.Content;

/// <summary>
/// The front matter keys the generator itself knows, as authors write them. Every other key is a
/// field or a relation the content model in site.yml declares; a few field names have a meaning
/// by convention when a type declares them (<see cref="EndDate"/>, <see cref="Location"/>, <see cref="Status"/>).
/// Keys are read whatever the case of their letters A to Z (<c>Title</c> is <c>title</c>, as in
/// Hugo), and Hugo's names (<see cref="Description"/>, <see cref="Lastmod"/>, <c>modified</c>, <c>pubdate</c>, <c>published</c>, <c>unpublishdate</c>) are <see cref="Synonyms"/>.
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

    /// <summary>The page's whole path (<c>/about-us/</c>, or <c>/fr/a-propos/</c> with its language), instead of section and slug.</summary>
    public const string Url = "url";

    /// <summary>Hugo's name for what the generator calls the summary.</summary>
    public const string Description = "description";

    /// <summary>Hugo's name for the date of the last change, <see cref="Updated"/>.</summary>
    public const string Lastmod = "lastmod";

    /// <summary>A field of a calendar type: the event's last day.</summary>
    public const string EndDate = "endDate";

    /// <summary>A field of a calendar type: where the event takes place.</summary>
    public const string Location = "location";

    /// <summary>A field of a document type: its status (a draft carries a notice).</summary>
    public const string Status = "status";

    public static readonly IReadOnlyList<string> All =
    [
        Title, Date, Updated, Summary, Draft, PublishDate, ExpiryDate, Slug, Aliases,
        Weight, Type, Layout, TranslationKey, Params, SourceHash, Url,
    ];

    /// <summary>Other names of keys, as Hugo writes them: each reads as the key it names.</summary>
    public static readonly IReadOnlyDictionary<string, string> Synonyms = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Description] = Summary,
        [Lastmod] = Updated,
        ["modified"] = Updated,
        ["pubdate"] = PublishDate,
        ["published"] = PublishDate,
        ["unpublishdate"] = ExpiryDate,
    };

    /// <summary>The synonyms of a site: those its model does not declare as a field, relation or taxonomy of its own.</summary>
    public static IReadOnlyDictionary<string, string> SynonymsIn(Configuration.Schema.ContentModel model) =>
        Synonyms.Any(s => model.FieldNames.Contains(s.Key) || model.RelationKeys.Contains(s.Key) || model.Taxonomy(s.Key) is not null)
            ? Synonyms.Where(s => !model.FieldNames.Contains(s.Key) && !model.RelationKeys.Contains(s.Key) && model.Taxonomy(s.Key) is null).ToDictionary(StringComparer.Ordinal)
            : Synonyms;

    /// <summary>A key with its letters A to Z in lower case, to compare keys as Hugo does (other letters are kept).</summary>
    public static string Fold(string key) => string.Create(key.Length, key, static (span, text) =>
    {
        for (var i = 0; i < text.Length; i++)
        {
            span[i] = char.IsAsciiLetterUpper(text[i]) ? (char)(text[i] + 32) : text[i];
        }
    });
}
