using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Generator.Tests.Fuzzing;

/// <summary>Writes a <see cref="SiteBlueprint"/> as the files of a valid site: site.yml, documents, and a theme.</summary>
public static class SiteWriter
{
    /// <summary>Language code, native name, culture, section title suffix.</summary>
    public static readonly ImmutableArray<(string Code, string Name, string Culture)> KnownLanguages =
        [("en", "English", "en-GB"), ("fr", "Français", "fr-FR"), ("nl", "Nederlands", "nl-NL")];

    /// <summary>Section name, page type, and its URL segment in en, fr and nl.</summary>
    public static readonly ImmutableArray<(string Name, string Type, string[] Segments)> KnownSections =
    [
        ("guidelines", "guideline", ["guidelines", "lignes-directrices", "richtlijnen"]),
        ("news", "news", ["news", "actualites", "nieuws"]),
        ("events", "event", ["events", "evenements", "evenementen"]),
        ("topics", "topic", ["topics", "themes", "themas"]),
        ("cities", "city", ["cities", "villes", "steden"]),
        ("projects", "project", ["projects", "projets", "projecten"]),
    ];

    private static readonly string[] Tags = ["housing", "youth", "labour-market", "integration"];

    public static FuzzSite Write(SiteBlueprint site)
    {
        var result = FuzzSite.Empty.With(FuzzSite.Config, Config(site));
        foreach (var (path, bytes) in FuzzTheme.Files(site.RichTheme))
        {
            result = result.With("theme/" + path, bytes);
        }

        foreach (var language in site.Languages)
        {
            result = result.With($"{FuzzSite.Content}_index.{language}.md", $"---\ntitle: Home {language}\n---\nWelcome.\n");
        }

        result = result.With($"{FuzzSite.Content}guidelines/_index.{site.Languages[0]}.md", "---\ntitle: Guidelines\n---\nAll guidelines.\n");
        for (var i = 0; i < site.Documents.Length; i++)
        {
            var document = site.Documents[i];
            for (var l = 0; l < site.Languages.Length; l++)
            {
                if (l == 0 || document.Translated[l % document.Translated.Length])
                {
                    var folder = document.Section.Length == 0 ? string.Empty : document.Section + "/";
                    result = result.With($"{FuzzSite.Content}{folder}{document.Name}.{site.Languages[l]}.md", Document(site, i, site.Languages[l]));
                }
            }
        }

        return result;
    }

    private static string Config(SiteBlueprint site)
    {
        var text = new StringBuilder();
        text.Append($"baseUrl: {site.BaseUrl}\ndefaultLanguage: {site.Languages[0]}\npageSize: {site.PageSize}\nlanguages:\n");
        foreach (var code in site.Languages)
        {
            var (_, name, culture) = KnownLanguages.First(l => l.Code == code);
            text.Append($"  {code}: {{ name: {name}, culture: {culture}, dateFormat: d MMMM yyyy, title: Site {code} }}\n");
        }

        if (!site.FallbackToAll)
        {
            text.Append($"fallbackLanguages: [{site.Languages[^1]}]\n");
        }

        text.Append("taxonomies:\n  tags: { ").Append(string.Join(", ", site.Languages.Select(c => $"{c}: tags-{c}"))).Append(" }\n");
        text.Append("sections:\n");
        foreach (var name in site.Sections)
        {
            var (_, type, segments) = KnownSections.First(s => s.Name == name);
            var localized = site.Languages.Select(c => $"{c}: {segments[KnownLanguages.IndexOf(KnownLanguages.First(l => l.Code == c))]}");
            var titles = site.Languages.Select(c => $"{c}: {char.ToUpperInvariant(name[0])}{name[1..]} {c}");
            text.Append($"  {name}: {{ type: {type}, segments: {{ {string.Join(", ", localized)} }}, titles: {{ {string.Join(", ", titles)} }} }}\n");
        }

        text.Append("menus:\n  main:\n    - section: guidelines\n");
        if (site.Documents.FirstOrDefault(d => d.Section.Length == 0 && !d.Draft) is { } page)
        {
            text.Append($"    - page: {page.Name}\n");
        }

        text.Append("    - url: https://example.com/network\n      labels: { ").Append(string.Join(", ", site.Languages.Select(c => $"{c}: Network {c}"))).Append(" }\n");
        return text.ToString();
    }

    private static string Document(SiteBlueprint site, int index, string language)
    {
        var document = site.Documents[index];
        var text = new StringBuilder("---\n");
        text.Append($"title: {Title(document)} ({language})\n");
        if (document.HasDate)
        {
            var date = new DateTime(2015, 1, 1).AddDays(document.DateDays);
            text.Append("date: ").Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
            if (document.Section == "events")
            {
                text.Append("endDate: ").Append(date.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("\nlocation: Antwerp\n");
            }
        }

        text.Append($"summary: A short summary of {document.Name}.\n");
        var tags = Tags.Where((_, i) => (document.TagMask & (1 << i)) != 0).ToArray();
        if (tags.Length > 0)
        {
            text.Append("tags: [").Append(string.Join(", ", tags)).Append("]\n");
        }

        foreach (var (key, values) in Relations(site, index))
        {
            text.Append($"{key}: [{string.Join(", ", values)}]\n");
        }

        if (document.Draft)
        {
            text.Append("draft: true\n");
        }

        text.Append("---\n## Background\n\n");
        text.Append($"The text of {document.Name} in {language}");
        foreach (var target in Targets(site, index, document.Links))
        {
            text.Append($", see [[{target.Id}]] and [[{target.Id}#background|its background]] or [the file]({RelativeLink(document, target)})");
        }

        text.Append(".\n\n- a point\n- another point\n\n`[[not-a-link]]` and\n\n```\n[[fenced]] [x](missing.md)\n```\n");
        return text.ToString();
    }

    private static string Title(DocumentBlueprint document) =>
        string.Join(' ', document.Name.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    /// <summary>Relations to other published documents: a typed key for entity sections, else <c>related</c>.</summary>
    private static IEnumerable<(string Key, IEnumerable<string> Values)> Relations(SiteBlueprint site, int index) =>
        Targets(site, index, site.Documents[index].Relations)
            .GroupBy(t => t.Section is "topics" or "cities" or "projects" or "events" ? t.Section : "related")
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Select(t => t.Id).Distinct()));

    /// <summary>The other, published documents that <paramref name="picks"/> name.</summary>
    private static IEnumerable<DocumentBlueprint> Targets(SiteBlueprint site, int index, ImmutableArray<int> picks) =>
        picks.Select(p => p % site.Documents.Length).Where(p => p != index && !site.Documents[p].Draft).Distinct().Select(p => site.Documents[p]);

    private static string RelativeLink(DocumentBlueprint from, DocumentBlueprint to)
    {
        var up = from.Section.Length == 0 ? string.Empty : "../";
        return to.Section.Length == 0 ? $"{up}{to.Name}.md" : $"{up}{to.Section}/{to.Name}.md";
    }
}
