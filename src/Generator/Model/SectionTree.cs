using System.Collections.Frozen;
using System.Collections.Immutable;
using Generator.Configuration;
using Generator.Content;

namespace Generator.Model;

/// <summary>
/// The site's sections as a tree, as Hugo reads them: every top-level folder of content is a
/// section, and so is any folder below one that has its own <c>_index</c> file (in any language),
/// a sub-section. A page belongs to the nearest section above it (<see cref="SectionOf"/>): a
/// folder without <c>_index</c> groups files on disk, not on the site. A sub-section's segment in
/// a language is the <c>slug</c> of its <c>_index</c> file in that language, else its source's,
/// else its folder's name; a top-level section's comes from site.yml. URLs nest:
/// <c>reports/briefs/_index.fr.md</c> with <c>slug: notes</c> is <c>/fr/rapports/notes/</c>.
/// </summary>
public sealed class SectionTree
{
    /// <summary>A tree without sub-sections: every section is a top-level folder.</summary>
    public static readonly SectionTree Flat = new(FrozenDictionary<string, FrozenDictionary<string, string>>.Empty);

    // Each sub-section's path (reports/briefs) and its segment by language (the folder's own name where none is given).
    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _subsections;

    private SectionTree(FrozenDictionary<string, FrozenDictionary<string, string>> subsections) => _subsections = subsections;

    /// <summary>The tree the <c>_index</c> files among <paramref name="documents"/> make.</summary>
    public static SectionTree From(IEnumerable<ParsedDocument> documents, SiteConfig config)
    {
        var indexes = documents.Where(d => d.Path.IsIndex && d.Path.Folder.Contains('/'))
            .GroupBy(d => d.Path.Folder, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.GroupBy(d => d.Language).ToDictionary(l => l.Key, l => l.OrderBy(d => d.File, StringComparer.Ordinal).First()), StringComparer.Ordinal);
        return new SectionTree(indexes.ToFrozenDictionary(
            folder => folder.Key,
            folder =>
            {
                // A language without its own _index shows the source's (the default language's, else the first there is).
                var source = config.Languages.Select(l => folder.Value.GetValueOrDefault(l.Code)).OfType<ParsedDocument>()
                    .OrderBy(d => d.Language == config.DefaultLanguage ? 0 : 1).First();
                return config.Languages.ToFrozenDictionary(
                    l => l.Code,
                    l => (folder.Value.GetValueOrDefault(l.Code) ?? source).FrontMatter.Slug ?? FolderSegment(folder.Key),
                    StringComparer.Ordinal);
            },
            StringComparer.Ordinal));
    }

    /// <summary>Every sub-section's path, in ordinal order.</summary>
    public IEnumerable<string> Subsections => _subsections.Keys.Order(StringComparer.Ordinal);

    public bool IsSubsection(string path) => _subsections.ContainsKey(path);

    /// <summary>The nearest section a file of <paramref name="folder"/> belongs to: the folder itself or the closest folder above it that is a section.</summary>
    public string SectionOf(string folder)
    {
        for (var path = folder; path.Contains('/'); path = path[..path.LastIndexOf('/')])
        {
            if (_subsections.ContainsKey(path))
            {
                return path;
            }
        }

        return folder.Split('/')[0];
    }

    /// <summary>The section above <paramref name="section"/>, or null for a top-level section.</summary>
    public string? ParentOf(string section) =>
        section.Contains('/') ? SectionOf(section[..section.LastIndexOf('/')]) : null;

    /// <summary>The segments from the parent section's URL down to <paramref name="subsection"/>'s: folders without their own list keep their names.</summary>
    public string RelativeSegments(string subsection, string language)
    {
        var parent = ParentOf(subsection)!;
        var below = subsection[(parent.Length + 1)..].Split('/');
        var between = below[..^1].Select(Slugify);
        return string.Join('/', between.Append(_subsections[subsection].GetValueOrDefault(language) ?? FolderSegment(subsection)));
    }

    private static string FolderSegment(string path) => Slugify(path[(path.LastIndexOf('/') + 1)..]);

    private static string Slugify(string name) => Slugifier.Slugify(name) is { Length: > 0 } slug ? slug : name;
}
