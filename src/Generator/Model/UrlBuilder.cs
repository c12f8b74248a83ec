using Generator.Configuration;
using Generator.Configuration.Schema;
using Generator.Content;

namespace Generator.Model;

/// <summary>
/// Site URLs: <c>/{lang}/{section segment}/{slug}/</c> under the base URL's path, sub-sections'
/// segments nested in their parents' (<see cref="SectionTree"/>), or a page's own <c>url</c>
/// inside each language's root.
/// </summary>
public sealed class UrlBuilder(SiteConfig config, SectionTree? tree = null)
{
    private readonly SectionTree _tree = tree ?? SectionTree.Flat;

    public string Home(string language) => config.BasePath + language + "/";

    /// <summary>The URL of a section's list, a top-level section (<c>reports</c>) or a sub-section (<c>reports/briefs</c>).</summary>
    public string Section(string section, string language) =>
        section.Length == 0 ? Home(language)
        : _tree.IsSubsection(section) ? Section(_tree.ParentOf(section)!, language) + _tree.RelativeSegments(section, language) + "/"
        : Home(language) + config.Section(section).Segment(language) + "/";

    /// <summary>
    /// The URL of <paramref name="document"/>'s content shown in <paramref name="language"/>: its
    /// <c>url</c> in that language's root (<c>/fr/a-propos/</c> is <c>/en/a-propos/</c> in English), else its section's and slug.
    /// </summary>
    public string Document(ParsedDocument document, string language) =>
        document.FrontMatter.Url is { } path
            ? Home(language) + PagePath.InLanguage(path, config.HasLanguage)
            : Section(_tree.SectionOf(document.Path.Folder), language) + SlugOf(document) + "/";

    public string Taxonomy(TaxonomyDefinition taxonomy, string language) => Home(language) + taxonomy.Segment(language) + "/";

    public string Term(TaxonomyDefinition taxonomy, string slug, string language) => Taxonomy(taxonomy, language) + slug + "/";

    /// <summary>The URL of page <paramref name="number"/> of a list (page 1 is the list's own URL).</summary>
    public static string Pager(string listUrl, int number) => number <= 1 ? listUrl : $"{listUrl}page/{number}/";

    /// <summary>The knowledge map's URL: <c>/{lang}/{its segment}/</c>.</summary>
    public string Map(string language) => Home(language) + config.Map.Segment(language) + "/";

    /// <summary>The consultations' list: <c>/{lang}/{its segment}/</c>.</summary>
    public string Consultations(string language) => Home(language) + config.Policy.Segment(language) + "/";

    /// <summary>The page a consultation's response leads to, below the consultations' list.</summary>
    public string Thanks(string language) => Consultations(language) + config.Policy.ThanksSegment(language) + "/";

    /// <summary>A version's permanent address, below its document's: <c>.../v1/</c>.</summary>
    public static string Version(string documentUrl, int number) => $"{documentUrl}v{number}/";

    public string NotFound(string language) => Home(language) + "404.html";

    /// <summary>The page's slug: its <c>slug</c>, else its file name without the day it may start with.</summary>
    public static string SlugOf(ParsedDocument document) =>
        document.FrontMatter.Slug is { } slug ? slug : Slugifier.Slugify(document.Path.SlugName) is { Length: > 0 } s ? s : "page";
}
