using System.Collections.Immutable;
using System.Globalization;
using Generator.Configuration;
using Generator.Content;
using Generator.IO;

namespace Generator.Authoring;

/// <summary>
/// Plans the files of <c>new &lt;type&gt; "&lt;title&gt;"</c>: the section whose type it is, a slug
/// from the title, today's date, and the archetype <c>theme/archetypes/{type}.md</c> (else
/// <c>default.md</c>, else a minimal front matter) with <c>{{title}}</c> and <c>{{date}}</c> filled in.
/// </summary>
public sealed class DocumentScaffolder(IFileSystem fileSystem, IClock clock)
{
    private const string MinimalArchetype = "---\ntitle: {{title}}\ndate: {{date}}\n---\n\n";

    /// <summary>The files to write, or the reason there are none.</summary>
    public (ImmutableArray<NewDocument> Files, string? Problem) Plan(SiteConfig config, string inputDirectory, string themeDirectory, string type, string title, IReadOnlyList<string> languages)
    {
        var section = config.Sections.Values.Where(s => s.Type == type || s.Name == type).OrderBy(s => s.Name, StringComparer.Ordinal).FirstOrDefault();
        if (section is null)
        {
            var known = string.Join(", ", config.Sections.Values.Select(s => s.Type).Distinct().Order(StringComparer.Ordinal));
            return ([], $"unknown type '{type}'; the site's types are: {known}");
        }

        if (languages.Count == 0)
        {
            return ([], $"no language given; the site's languages are: {string.Join(", ", config.Languages.Select(l => l.Code))}");
        }

        if (languages.FirstOrDefault(l => !config.HasLanguage(l)) is { } unknown)
        {
            return ([], $"unknown language '{unknown}'; the site's languages are: {string.Join(", ", config.Languages.Select(l => l.Code))}");
        }

        var slug = ShortSlug(Slugifier.Slugify(title));
        if (slug.Length == 0)
        {
            return ([], $"the title '{title}' has no letters or digits to make a file name from");
        }

        var archetype = Archetype(themeDirectory, section.Type);
        var date = clock.Now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var quotedTitle = "\"" + title.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
        var text = archetype.Replace("{{title}}", quotedTitle).Replace("{{date}}", date);
        var files = languages.Select(language => new NewDocument(
            Path.Combine(inputDirectory, "content", section.Name, $"{slug}.{language}.md"), text)).ToImmutableArray();
        var existing = files.Where(f => fileSystem.FileExists(f.Path)).Select(f => f.Path).ToArray();
        return existing.Length > 0
            ? ([], "refusing to overwrite " + string.Join(", ", existing))
            : (files, null);
    }

    /// <summary>A file name a file system takes: at most <see cref="MaxSlug"/> characters, cut at a hyphen where one is near.</summary>
    private static string ShortSlug(string slug)
    {
        if (slug.Length <= MaxSlug)
        {
            return slug;
        }

        var cut = slug.LastIndexOf('-', MaxSlug);
        return slug[..(cut > MaxSlug / 2 ? cut : MaxSlug)];
    }

    private const int MaxSlug = 80;

    private string Archetype(string themeDirectory, string type)
    {
        foreach (var name in new[] { type + ".md", "default.md" })
        {
            var path = Path.Combine(themeDirectory, "archetypes", name);
            if (fileSystem.FileExists(path))
            {
                return TextDecoder.Decode(fileSystem.ReadAllBytes(path)) ?? MinimalArchetype;
            }
        }

        return MinimalArchetype;
    }
}
