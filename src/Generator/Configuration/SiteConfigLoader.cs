using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Generator.Diagnostics;
using Generator.Yaml;
using YamlDotNet.RepresentationModel;

namespace Generator.Configuration;

/// <summary>Stage 1: reads <c>input/site.yml</c> into a <see cref="SiteConfig"/>, reporting every problem at its position.</summary>
public sealed class SiteConfigLoader
{
    private static readonly string[] TopLevelKeys =
        ["baseUrl", "defaultLanguage", "languages", "fallbackLanguages", "pageSize", "sections", "taxonomies", "menus", "search", "types", "relations", "feeds", "home", "publisher", "typography", "map", "lifecycles", "consultations", "pdf", "history"];

    /// <summary>Returns the configuration, or null when it has errors (all of them reported).</summary>
    public SiteConfig? Load(string text, string displayPath, string? baseUrlOverride, DiagnosticBag diagnostics, string? originOverride = null)
    {
        var yaml = new YamlSource(displayPath, 0, diagnostics);
        var errorsBefore = diagnostics.HasErrors;
        var root = yaml.Load(Content.TextDecoder.Normalize(text), DiagnosticCodes.ConfigSyntax, out var malformed);
        if (root is null)
        {
            if (!malformed)
            {
                diagnostics.Error(DiagnosticCodes.ConfigInvalid, new SourceRef(displayPath), "site.yml is empty");
            }

            return null;
        }

        if (yaml.Mapping(root, DiagnosticCodes.ConfigInvalid) is not { } map)
        {
            return null;
        }

        var reader = new ConfigReader(yaml);
        foreach (var (key, _) in map.Children)
        {
            var name = ((YamlScalarNode)key).Value ?? string.Empty;
            if (!TopLevelKeys.Contains(name))
            {
                var suggestion = DidYouMean.Suggest(name, TopLevelKeys);
                diagnostics.Warning(DiagnosticCodes.ConfigInvalid, yaml.At(key), $"unknown setting '{DiagnosticText.Quote(name)}' is ignored",
                    suggestion is null ? "known settings: " + string.Join(", ", TopLevelKeys) : $"did you mean '{suggestion}'?");
            }
        }

        var languages = reader.Languages(map, reader.Bool(map, "typography") ?? true);
        var codes = languages.Select(l => l.Code).ToImmutableArray();
        var defaultLanguage = reader.DefaultLanguage(map, codes);
        var baseUrl = reader.BaseUrl(map, baseUrlOverride, originOverride);
        var pageSize = reader.PositiveInt(map, "pageSize") ?? 10;
        var fallback = reader.FallbackLanguages(map, codes);
        var sections = reader.Sections(map, codes, pageSize);
        var model = new Schema.ContentModelReader(yaml, reader, codes).Read(map, sections);
        var menus = reader.Menus(map, codes);
        var homeReader = new HomeConfigReader(yaml, reader, codes);
        var home = homeReader.Home(map, sections);
        var publisher = homeReader.Publisher(map);
        var search = reader.Bool(map, "search") ?? false;
        var knowledgeMap = new MapConfigReader(yaml, reader, codes).Read(map);
        var policy = new PolicyConfigReader(yaml, reader, codes).Read(map);

        if (languages.IsEmpty || defaultLanguage is null || baseUrl is null || (diagnostics.HasErrors && !errorsBefore))
        {
            return null;
        }

        return new SiteConfig(baseUrl, defaultLanguage, languages, fallback, pageSize, sections, menus) { Search = search, File = displayPath, Model = model, Home = home, Publisher = publisher, Map = knowledgeMap, Policy = policy };
    }
}
