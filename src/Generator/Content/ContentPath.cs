using System.Text.RegularExpressions;
using Generator.Configuration;
using Generator.Dates;
using Generator.Yaml;

namespace Generator.Content;

/// <summary>
/// What a content file's path says: <c>events/toulouse-2019.fr.md</c> is the French version of
/// <c>events/toulouse-2019</c> in section <c>events</c>; <c>_index.nl.md</c> at the root is the
/// Dutch home page. A file without a language suffix belongs to the default language. A top-level
/// folder named after a language that is not a declared section is that language's tree:
/// <c>fr/events/toulouse-2019.md</c> says the same as <c>events/toulouse-2019.fr.md</c>. A name
/// that starts with a day, as Jekyll's posts do (<c>2019-06-20-world-refugee-day</c>), gives the
/// page's <see cref="FileDate"/> and its slug without the day (<see cref="SlugName"/>); its id
/// and translation path keep the whole name.
/// </summary>
public sealed partial record ContentPath(
    string RelativePath,
    string Section,
    string Name,
    string Language,
    string TranslationPath)
{
    /// <summary>The language folder the file lies in (<c>fr</c> for <c>fr/news/x.md</c>), or null.</summary>
    public string? LanguageFolder { get; init; }

    /// <summary>Another language's suffix on a file in a language folder (<c>nl</c> for <c>fr/x.nl.md</c>): a mistake the layout check reports.</summary>
    public string? ForeignSuffix { get; init; }

    /// <summary>The path inside its language's tree: <c>news/x.md</c> for <c>fr/news/x.md</c>, else the relative path.</summary>
    public string TreePath => LanguageFolder is null ? RelativePath : RelativePath[(LanguageFolder.Length + 1)..];

    public bool IsIndex => Name == "_index";

    /// <summary>
    /// For an earlier version of a document, kept beside it (<c>young-migrants.v1.en.md</c>): its
    /// number; the path's name, section and translation path are the document's. Null for a document.
    /// </summary>
    public int? Version { get; init; }

    /// <summary>The folder inside its language's tree (<c>reports/briefs</c> for <c>fr/reports/briefs/x.md</c>); empty at the root.</summary>
    public string Folder => TranslationPath.LastIndexOf('/') is var slash and > 0 ? TranslationPath[..slash] : string.Empty;

    /// <summary>An HTML page (<c>.html</c>, <c>.htm</c>): its body is taken as it is, without Markdown.</summary>
    public bool IsHtml => RelativePath.EndsWith(".html", StringComparison.Ordinal) || RelativePath.EndsWith(".htm", StringComparison.Ordinal);

    public bool IsHome => IsIndex && Section.Length == 0;

    /// <summary>The day the file's name starts with, for a page whose front matter has no date.</summary>
    public DateValue? FileDate => Dated() is var (date, _) ? date : null;

    /// <summary>The name the page's slug is made of: the name without the day it starts with.</summary>
    public string SlugName => Dated() is var (_, rest) ? rest : Name;

    private (DateValue Date, string Remainder)? Dated()
    {
        var match = DatedName().Match(Name);
        return match.Success && YamlDates.TryParse(match.Groups["day"].Value, out var date) && Slugifier.Slugify(match.Groups["rest"].Value).Length > 0
            ? (date, match.Groups["rest"].Value)
            : null;
    }

    public static ContentPath Parse(string relativePath, SiteConfig config)
    {
        var folder = LanguageFolderOf(relativePath, config);
        var inTree = folder is null ? relativePath : relativePath[(folder.Length + 1)..];
        var extension = inTree.LastIndexOf('.');
        var withoutExtension = extension > inTree.LastIndexOf('/') ? inTree[..extension] : inTree;
        var directory = withoutExtension.Contains('/') ? withoutExtension[..withoutExtension.LastIndexOf('/')] : string.Empty;
        var name = withoutExtension[(directory.Length == 0 ? 0 : directory.Length + 1)..];
        var language = folder ?? config.DefaultLanguage;
        string? foreign = null;
        var dot = name.LastIndexOf('.');
        if (dot > 0 && config.HasLanguage(name[(dot + 1)..]))
        {
            var suffix = name[(dot + 1)..];
            foreign = folder is not null && suffix != folder ? suffix : null;
            language = folder ?? suffix;
            name = name[..dot];
        }

        int? version = null;
        if (VersionedName().Match(name) is { Success: true } versioned && int.TryParse(versioned.Groups["number"].Value, out var number) && number > 0)
        {
            version = number;
            name = versioned.Groups["name"].Value;
        }

        var section = directory.Split('/')[0];
        var translationPath = directory.Length == 0 ? name : directory + "/" + name;
        return new ContentPath(relativePath, section, name, language, translationPath) { LanguageFolder = folder, ForeignSuffix = foreign, Version = version };
    }

    /// <summary>
    /// The language folder a content path (with or without extension) starts with: a top-level folder named
    /// after one of the site's languages, unless site.yml declares a section of that name.
    /// </summary>
    public static string? LanguageFolderOf(string relativePath, SiteConfig config)
    {
        var slash = relativePath.IndexOf('/');
        if (slash <= 0)
        {
            return null;
        }

        var first = relativePath[..slash];
        return config.HasLanguage(first) && !config.Sections.ContainsKey(first) ? first : null;
    }

    [GeneratedRegex("^(?<name>[^.].*)\\.v(?<number>[0-9]{1,4})$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex VersionedName();

    [GeneratedRegex("^(?<day>[0-9]{4}-[0-9]{2}-[0-9]{2})-(?<rest>.+)$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex DatedName();
}
