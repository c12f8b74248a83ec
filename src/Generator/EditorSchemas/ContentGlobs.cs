using System.Collections.Immutable;
using Generator.Configuration;
using Generator.Configuration.Schema;

namespace Generator.EditorSchemas;

/// <summary>
/// The content files whose front matter a type's schema describes, as globs relative to the
/// editor's workspace: each section of that type (<c>input/content/guidelines/**/*.md</c>), and
/// for <c>page</c> the files at the content's root (<c>input/content/*.md</c>), for term pages
/// each taxonomy's folder that is not a section (<c>input/content/tags/**/*.md</c>); and the same in
/// each language folder (<c>input/content/fr/guidelines/**/*.md</c>). A document that
/// names another type in its front matter is checked by <c>check</c> as that type, but editors
/// match schemas by path only.
/// </summary>
public static class ContentGlobs
{
    /// <param name="contentFolder">The content folder relative to the workspace, with forward slashes (<c>input/content</c>).</param>
    public static ImmutableArray<string> For(SiteConfig config, string typeName, string contentFolder)
    {
        var prefix = contentFolder is "" or "." ? string.Empty : contentFolder.TrimEnd('/') + "/";
        var folders = (typeName == TaxonomyDefinition.TermType
            ? config.Model.Taxonomies.Select(t => t.Name).Where(name => !config.Sections.ContainsKey(name))
            : config.Sections.Values.Where(s => s.Type == typeName).Select(s => s.Name)).Order(StringComparer.Ordinal).ToArray();
        var trees = config.Languages.Select(l => l.Code).Where(code => !config.Sections.ContainsKey(code)).Select(code => code + "/");
        var globs = new List<string>();
        foreach (var tree in trees.Prepend(string.Empty))
        {
            if (typeName == "page")
            {
                globs.Add($"{prefix}{tree}*.md");
            }

            globs.AddRange(folders.Select(folder => $"{prefix}{tree}{folder}/**/*.md"));
        }

        return [.. globs];
    }
}
