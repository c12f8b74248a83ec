using System.Collections.Immutable;

namespace Generator.Configuration;

/// <summary>The typed contents of <c>input/site.yml</c>, frozen once loaded.</summary>
public sealed record SiteConfig(
    Uri BaseUrl,
    string DefaultLanguage,
    ImmutableArray<LanguageConfig> Languages,
    ImmutableHashSet<string> FallbackLanguages,
    int PageSize,
    ImmutableDictionary<string, SectionConfig> Sections,
    ImmutableDictionary<string, ImmutableArray<MenuItemConfig>> Menus)
{
    /// <summary>The display path of the site.yml this was read from: where the files made for the whole site (sitemap, feeds, Netlify's files) come from.</summary>
    public string File { get; init; } = "site.yml";

    /// <summary>The content model: page types, their fields and relations, the feeds (see <see cref="Schema.ContentModel"/>).</summary>
    public Schema.ContentModel Model { get; init; } = Schema.ContentModel.Implicit([]);

    /// <summary>What the home page features (<c>home:</c>).</summary>
    public HomeConfig Home { get; init; } = new([], Declared: false);

    /// <summary>The knowledge map (<c>map:</c>): on unless site.yml turns it off, with its segment and title per language.</summary>
    public MapConfig Map { get; init; } = MapConfig.Default;

    /// <summary>Consultations, PDFs of record and git-dated history of policy documents (<c>consultations:</c>, <c>pdf:</c>, <c>history:</c>).</summary>
    public PolicyConfig Policy { get; init; } = PolicyConfig.Default;

    /// <summary>Who publishes the site (<c>publisher:</c>), if site.yml says.</summary>
    public PublisherConfig? Publisher { get; init; }

    /// <summary>The type of a page in a section (its front matter's <c>type</c> may override it).</summary>
    public string TypeOf(string section) =>
        section.Length == 0 ? "page" : Model.Taxonomy(section) is not null && !Sections.ContainsKey(section) ? Schema.TaxonomyDefinition.TermType : Section(section).Type;

    /// <summary><c>search: true</c>: the build indexes the output with Pagefind as its last step.</summary>
    public bool Search { get; init; }

    public LanguageConfig Language(string code) => Languages.First(l => l.Code == code);

    public bool HasLanguage(string code) => Languages.Any(l => l.Code == code);

    /// <summary>The configured section, or one derived from the folder name with default settings.</summary>
    public SectionConfig Section(string name) =>
        Sections.TryGetValue(name, out var section)
            ? section
            : new SectionConfig(name, name, ImmutableDictionary<string, string>.Empty, ImmutableDictionary<string, string>.Empty, PageSize);

    /// <summary>The path part of the base URL, always ending in a slash ("/" or "/sub/").</summary>
    public string BasePath => BaseUrl.AbsolutePath.EndsWith('/') ? BaseUrl.AbsolutePath : BaseUrl.AbsolutePath + "/";

    /// <summary>An absolute URL for a site path such as <c>/fr/evenements/</c>.</summary>
    public string Absolute(string sitePath) =>
        BaseUrl.GetLeftPart(UriPartial.Authority) + sitePath;
}
