using Scriban.Runtime;

namespace Generator.Rendering.Views;

/// <summary>
/// The page as templates see it. <see cref="Content"/> is rendered Markdown (written unescaped);
/// <see cref="ContentLang"/> differs from <see cref="Lang"/> on fallback pages, which also carry
/// a canonical URL to the original and <see cref="Noindex"/>.
/// </summary>
public sealed record PageView
{
    public required string Title { get; init; }
    public required string Kind { get; init; }
    public required string Type { get; init; }
    public required string Section { get; init; }
    public required string Lang { get; init; }
    public required string ContentLang { get; init; }
    public required string Url { get; init; }
    public required string Permalink { get; init; }
    public required string? Canonical { get; init; }
    public required bool IsFallback { get; init; }
    public required bool Noindex { get; init; }
    public required bool Draft { get; init; }

    /// <summary>Published only from a later date (shown when building with --future, as serve does).</summary>
    public bool IsScheduled { get; init; }
    public DateTimeOffset? PublishDate { get; init; }
    public Dates.DateValue? Date { get; init; }
    public Dates.DateValue? Updated { get; init; }
    public Dates.DateValue? EndDate { get; init; }
    public string? Summary { get; init; }

    /// <summary>The summary is the body's first lines (Hugo's <c>&lt;!--more--&gt;</c>): a layout shows it once, in the body.</summary>
    public bool SummaryInBody { get; init; }

    /// <summary>For a list: the language of its title when it is not the page's (its introduction is not translated yet).</summary>
    public string? TitleLang { get; init; }
    public string? Location { get; init; }
    public string? Status { get; init; }

    /// <summary>The values of the fields site.yml declares for the page's type (<c>page.fields.status</c>).</summary>
    public ParamsObject Fields { get; init; } = new();

    /// <summary>Whether the page's type is citable (<c>citable: true</c>): citation metadata and a "cite this" block.</summary>
    public bool Citable { get; init; }

    /// <summary>A translation made from an older version of its source (see <c>translations</c>).</summary>
    public bool IsStale { get; init; }
    public string? SourceUrl { get; init; }
    public string? SourceLang { get; init; }
    public Dates.DateValue? SourceUpdated { get; init; }
    /// <summary>The document's body (empty for pages without one): see <see cref="Markdown.BodyContent"/>.</summary>
    public required Markdown.BodyContent Content { get; init; }
    public bool HasContent => !Content.IsEmpty;
    public required IReadOnlyList<LanguageLink> Translations { get; init; }
    public required IReadOnlyList<AlternateLink> Alternates { get; init; }
    /// <summary>The page's terms of the <c>tags</c> taxonomy (see <see cref="Terms"/> for every taxonomy).</summary>
    public required IReadOnlyList<TagLink> Tags { get; init; }
    /// <summary>The page's terms, one entry per taxonomy it has terms in, in site.yml's order.</summary>
    public required IReadOnlyList<TermListView> Terms { get; init; }
    /// <summary>For the home page: the blocks it features (see site.yml's <c>home:</c>).</summary>
    public IReadOnlyList<HomeFeatureView> Features { get; init; } = [];
    /// <summary>For the knowledge map: its drawing and its list (its nodes are also its <see cref="Pages"/>).</summary>
    public MapView? Map { get; init; }

    /// <summary>For a taxonomy's index and its term pages: the taxonomy.</summary>
    public TermListView? Taxonomy { get; init; }
    public required IReadOnlyList<ListItemView> Pages { get; init; }

    /// <summary>For a section's list: the sub-sections right below it, each with its number of pages.</summary>
    public IReadOnlyList<ListItemView> Subsections { get; init; } = [];
    public PagerView? Pager { get; init; }
    public required ParamsObject Params { get; init; }
    public required IReadOnlyList<RelationGroupView> Relations { get; init; }
    public required IReadOnlyList<RelationGroupView> InverseRelations { get; init; }
    public required IReadOnlyList<LinkView> Backlinks { get; init; }
    public required IReadOnlyList<LinkView> Related { get; init; }
    /// <summary>The lists at the page's foot, each link target once, relations first (<see cref="KnowledgeSections"/>).</summary>
    public IReadOnlyList<KnowledgeGroupView> Knowledge { get; init; } = [];

    /// <summary>For a policy document: its status, its dates and what replaces it or it replaces (<see cref="Policy.LifecycleView"/>).</summary>
    public Policy.LifecycleView? Lifecycle { get; init; }

    /// <summary>For a document with a consultation: its period, state and response form.</summary>
    public Policy.ConsultationView? Consultation { get; init; }

    /// <summary>For a section's list of policy documents: its documents' statuses in lifecycle order, each with its label and count.</summary>
    public IReadOnlyList<Policy.StatusCountView> Statuses { get; init; } = [];

    /// <summary>For the consultations' page: the consultations open, upcoming and closed, in that order.</summary>
    public IReadOnlyList<Policy.ConsultationGroupView> Consultations { get; init; } = [];

    /// <summary>The consultations' page in the page's language, when the site has one.</summary>
    public string? ConsultationsUrl { get; init; }

    /// <summary>The document's versions in the page's language, newest first (none for a document without versions).</summary>
    public IReadOnlyList<Policy.VersionView> Versions { get; init; } = [];

    /// <summary>For a policy document without versions on a site with <c>history: git</c>: the changes to its file, newest first.</summary>
    public IReadOnlyList<Model.Revision> Revisions { get; init; } = [];

    /// <summary>For a version's page and a "what changed" page: the version shown.</summary>
    public Policy.VersionView? Version { get; init; }

    /// <summary>For a version's page and a "what changed" page: the current version's page (the document's own address).</summary>
    public string? CurrentUrl { get; init; }

    /// <summary>For a "what changed" page: the comparison with the version before.</summary>
    public Policy.ComparisonView? Comparison { get; init; }

    /// <summary>The address of the page's PDF of record, when the build makes one.</summary>
    public string? Pdf { get; init; }

    public required IReadOnlyList<TocEntry> Toc { get; init; }

    /// <summary>The number of headings in <see cref="Toc"/>, nested ones included.</summary>
    public int TocSize => TableOfContents.Count(Toc);
    public required IReadOnlyList<Breadcrumb> Breadcrumbs { get; init; }

    /// <summary>Description, Open Graph, JSON-LD, citation data and feeds for the head.</summary>
    public required MetaView Meta { get; init; }
}
