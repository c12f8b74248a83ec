using System.Collections.Immutable;
using Generator.Content;
using Generator.Dates;

namespace Generator.Model;

/// <summary>
/// One page of the site in one language. A document's translation is a real page; a missing
/// translation is a fallback page (<see cref="IsFallback"/>) that shows the source document in
/// the reader's URL space. Home, section and tag pages carry their <see cref="Members"/>.
/// </summary>
public sealed record PageEntry(
    PageKind Kind,
    string Key,
    string Language,
    string Section,
    string Type,
    string Url,
    ParsedDocument? Document,
    bool IsFallback,
    string Title)
{
    /// <summary>The pages a list shows, newest first.</summary>
    public ImmutableArray<PageEntry> Members { get; init; } = [];

    /// <summary>
    /// The section the page is in, or a section list's own: <see cref="Section"/> (the top-level
    /// folder, whose settings apply) or a sub-section below it (<c>reports/briefs</c>).
    /// </summary>
    public string SectionPath
    {
        get => _sectionPath ?? Section;
        init => _sectionPath = value;
    }

    private readonly string? _sectionPath;

    /// <summary>The language <see cref="Title"/> is written in: a list without an introduction in its language takes its source's title.</summary>
    public string TitleLanguage
    {
        get => _titleLanguage ?? ContentLanguage;
        init => _titleLanguage = value;
    }

    private readonly string? _titleLanguage;

    /// <summary>The section whose list is above this page in its breadcrumbs, or null (the home page is).</summary>
    public string? ParentSection { get; init; }

    /// <summary>For a section's list: the sections right below it, by path.</summary>
    public ImmutableArray<string> Subsections { get; init; } = [];

    /// <summary>For a version's page and its "what changed" page: the version shown.</summary>
    public DocumentVersion? Version { get; init; }

    /// <summary>For a version's page and its "what changed" page: the key of the document it is a version of.</summary>
    public string? VersionOf { get; init; }

    /// <summary>For taxonomy and term pages: the taxonomy's name.</summary>
    public string? Taxonomy { get; init; }

    /// <summary>The section's page size, for lists.</summary>
    public int PageSize { get; init; } = 10;

    public FrontMatter? FrontMatter => Document?.FrontMatter;

    public DateValue? Date => Document?.FrontMatter.Date;

    /// <summary>The language the shown content is written in: the page's own, or the source's for a fallback.</summary>
    public string ContentLanguage => Document?.Language ?? Language;

    public bool IsList => Kind is PageKind.Home or PageKind.Section or PageKind.Taxonomy or PageKind.Term;

    /// <summary>The file this page is written to, for a site URL under <paramref name="basePath"/>.</summary>
    public string OutputPath(string basePath) => OutputPaths.FromUrl(Url, basePath);
}
