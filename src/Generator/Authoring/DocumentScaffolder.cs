using System.Collections.Immutable;
using System.Globalization;
using Generator.Configuration;
using Generator.Configuration.Schema;
using Generator.Content;
using Generator.Diagnostics;
using Generator.IO;
using Generator.Model;

namespace Generator.Authoring;

/// <summary>
/// Plans the files of <c>new &lt;section-or-type&gt; "&lt;title&gt;"</c>: the section that holds the
/// type (the content root for <c>page</c>), a file name from the title, shared by every language
/// so the files are translations of one another, and each file's text: the type's archetype when
/// the site or theme has one (<c>archetypes/{type}.md</c>, else <c>archetypes/default.md</c>, the
/// site's before the theme's), else the front matter the content model gives
/// (<see cref="FrontMatterComposer"/>). Each file's URL comes from the build's own
/// <see cref="UrlBuilder"/>, applied to the text as the build parses it. Nothing is planned over an
/// existing file.
/// </summary>
public sealed class DocumentScaffolder(IFileSystem fileSystem, IClock clock)
{
    private const int MaxSlug = 80;

    /// <summary>The files to write, or the reason there are none.</summary>
    public (ImmutableArray<NewDocument> Files, ScaffoldProblem? Problem) Plan(SiteConfig config, string inputDirectory, string themeDirectory, string target, string title, IReadOnlyList<string> languages)
    {
        var (section, type, targetProblem) = Target(config, target);
        if (targetProblem is not null)
        {
            return ([], targetProblem);
        }

        var codes = config.Languages.Select(l => l.Code).ToList();
        if (languages.Count == 0)
        {
            return ([], new ScaffoldProblem("no language given", "the site's languages are: " + string.Join(", ", codes), IsUsage: true));
        }

        if (languages.FirstOrDefault(l => !config.HasLanguage(l)) is { } unknown)
        {
            var suggestion = DidYouMean.Suggest(unknown, codes);
            return ([], new ScaffoldProblem($"'{DiagnosticText.Quote(unknown)}' is not a language of this site",
                suggestion is null ? "the site's languages are: " + string.Join(", ", codes) : $"did you mean '{suggestion}'?", IsUsage: true));
        }

        var slug = ShortSlug(Slugifier.Slugify(title));
        if (slug.Length == 0)
        {
            return ([], new ScaffoldProblem($"the title '{DiagnosticText.Quote(title)}' has no letters or digits to make a file name from",
                "give a title with words, e.g. \"Housing for young migrants\"", IsUsage: true));
        }

        var folder = section.Length == 0 ? Path.Combine(inputDirectory, "content") : Path.Combine(inputDirectory, "content", section);
        var existing = languages.Distinct().SelectMany(PathsOf).Where(fileSystem.FileExists).ToList();
        if (existing.Count > 0)
        {
            return ([], new ScaffoldProblem($"{string.Join(", ", existing)} {(existing.Count == 1 ? "exists" : "exist")} already, and 'new' never overwrites a file",
                "edit the existing file, or choose another title", IsUsage: false));
        }

        var (archetype, archetypeProblem) = FindArchetype(inputDirectory, themeDirectory, type.Name);
        if (archetypeProblem is not null)
        {
            return ([], archetypeProblem);
        }
        var files = ImmutableArray.CreateBuilder<NewDocument>();
        foreach (var code in languages.Distinct())
        {
            var (text, problem) = Text(archetype, type, config.Model.Taxonomies, section, title, slug, code);
            if (problem is not null)
            {
                return ([], problem);
            }

            var relative = (section.Length == 0 ? string.Empty : section + "/") + $"{slug}.{code}.md";
            var path = Path.Combine(folder, $"{slug}.{code}.md");
            files.Add(new NewDocument(path, code, text!, Url(config, path, relative, text!, code)));
        }

        return (files.ToImmutable(), null);

        // A file of the default language may also be written without its suffix, and any may lie in its language's folder.
        IEnumerable<string> PathsOf(string code)
        {
            IEnumerable<string> paths = code == config.DefaultLanguage
                ? [Path.Combine(folder, $"{slug}.{code}.md"), Path.Combine(folder, $"{slug}.md")]
                : [Path.Combine(folder, $"{slug}.{code}.md")];
            if (ContentPath.LanguageFolderOf(code + "/", config) is { } own)
            {
                var inFolder = section.Length == 0 ? Path.Combine(inputDirectory, "content", own) : Path.Combine(inputDirectory, "content", own, section);
                paths = [.. paths, Path.Combine(inFolder, $"{slug}.md"), Path.Combine(inFolder, $"{slug}.{code}.md")];
            }

            return paths;
        }
    }

    /// <summary>
    /// What the command line names: a section (its folder and type), or a type (the first section
    /// holding it by name; <c>page</c> without a section is at the content root).
    /// </summary>
    private static (string Section, TypeDefinition Type, ScaffoldProblem? Problem) Target(SiteConfig config, string target)
    {
        var section = config.Sections.GetValueOrDefault(target)
            ?? config.Sections.Values.Where(s => s.Type == target).OrderBy(s => s.Name, StringComparer.Ordinal).FirstOrDefault();
        if (section is not null)
        {
            return (section.Name, config.Model.TypeOrPlain(section.Type), null);
        }

        if (config.Model.Type(target) is { } type)
        {
            return type.Name == "page"
                ? (string.Empty, type, null)
                : (string.Empty, type, new ScaffoldProblem($"no section of {config.File} holds pages of type '{type.Name}'",
                    $"add a section with 'type: {type.Name}' under 'sections:', or name a section", IsUsage: false));
        }

        var sections = config.Sections.Keys.Order(StringComparer.Ordinal).ToList();
        var types = config.Sections.Values.Select(s => s.Type).Append("page").Distinct().Order(StringComparer.Ordinal).ToList();
        var suggestion = DidYouMean.Suggest(target, sections.Concat(types).Distinct());
        return (string.Empty, config.Model.TypeOrPlain("page"), new ScaffoldProblem(
            $"'{DiagnosticText.Quote(target)}' is neither a section nor a page type of this site",
            suggestion is null ? $"the sections are: {string.Join(", ", sections)}; the types: {string.Join(", ", types)}" : $"did you mean '{suggestion}'?",
            IsUsage: true));
    }

    private (string? Text, ScaffoldProblem? Problem) Text(Archetype? archetype, TypeDefinition type, IReadOnlyList<TaxonomyDefinition> taxonomies, string section, string title, string slug, string language)
    {
        var today = clock.Now;
        if (archetype is null)
        {
            return (FrontMatterComposer.Compose(type, title, today, taxonomies), null);
        }

        return archetype.Fill(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["title"] = YamlText.Quoted(title),
            ["date"] = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["lang"] = language,
            ["slug"] = slug,
            ["type"] = type.Name,
            ["section"] = section,
            ["summary"] = YamlText.Quoted(SummaryPlaceholder.Text),
            ["fields"] = FrontMatterComposer.Fields(type, taxonomies).TrimEnd('\n'),
        });
    }

    /// <summary>The URL the build gives the file: its text parsed as the build parses it, through the build's <see cref="UrlBuilder"/>.</summary>
    private static string Url(SiteConfig config, string path, string relativePath, string text, string language)
    {
        var source = new SourceFile(path, relativePath, path, System.Text.Encoding.UTF8.GetBytes(text), string.Empty);
        var parsed = new DocumentParser(Markdown.MarkdownPipelineFactory.Create()).Parse([source], config, new DiagnosticBag(), 1, CancellationToken.None);
        return config.Absolute(new UrlBuilder(config).Document(parsed.Single(), language));
    }

    /// <summary>The type's archetype: the site's, then the theme's; <c>default.md</c> after the type's own.</summary>
    private (Archetype? Archetype, ScaffoldProblem? Problem) FindArchetype(string inputDirectory, string themeDirectory, string type)
    {
        foreach (var name in new[] { type + ".md", "default.md" })
        {
            foreach (var root in new[] { inputDirectory, themeDirectory })
            {
                var path = Path.Combine(root, "archetypes", name);
                if (fileSystem.FileExists(path))
                {
                    return TextDecoder.Decode(fileSystem.ReadAllBytes(path)) is { } text
                        ? (new Archetype(path, text), null)
                        : (null, new ScaffoldProblem($"{path}: the archetype is not valid UTF-8", "save it as UTF-8", IsUsage: false));
                }
            }
        }

        return (null, null);
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
}
