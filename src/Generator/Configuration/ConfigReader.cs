using System.Collections.Immutable;
using System.Globalization;
using Generator.Diagnostics;
using Generator.Yaml;
using YamlDotNet.RepresentationModel;

namespace Generator.Configuration;

/// <summary>Reads the parts of site.yml; each method reports its own errors.</summary>
internal sealed class ConfigReader(YamlSource yaml)
{
    private const string Invalid = DiagnosticCodes.ConfigInvalid;

    public ImmutableArray<LanguageConfig> Languages(YamlMappingNode root, bool typography = true)
    {
        if (Child(root, "languages") is not { } node)
        {
            yaml.Diagnostics.Error(Invalid, yaml.At(root), "site.yml has no 'languages'", "add a 'languages' mapping, e.g. 'en: { name: English, culture: en-GB }'");
            return [];
        }

        if (yaml.Mapping(node, Invalid) is not { } map)
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<LanguageConfig>();
        foreach (var (key, value) in map.Children)
        {
            var code = ((YamlScalarNode)key).Value ?? string.Empty;
            if (!IsLanguageCode(code))
            {
                yaml.Diagnostics.Error(Invalid, yaml.At(key), $"'{code}' is not a language code", "use a lowercase code such as 'en', 'fr' or 'pt-br'");
                continue;
            }

            if (yaml.Mapping(value, Invalid) is not { } settings)
            {
                continue;
            }

            var cultureName = Text(settings, "culture") ?? code;
            CultureInfo culture;
            try
            {
                culture = CultureInfo.GetCultureInfo(cultureName, predefinedOnly: true);
            }
            catch (CultureNotFoundException)
            {
                yaml.Diagnostics.Error(Invalid, yaml.At(Child(settings, "culture") ?? key), $"unknown culture '{cultureName}'", "use a culture name such as 'fr-FR' or 'nl-NL'");
                continue;
            }

            var name = Text(settings, "name") ?? culture.NativeName;
            var dateFormat = Text(settings, "dateFormat") ?? "d MMMM yyyy";
            var title = Text(settings, "title") ?? string.Empty;
            result.Add(new LanguageConfig(code, name, culture, dateFormat, title) { MonthFormat = Text(settings, "monthFormat"), Typography = Bool(settings, "typography") ?? typography });
        }

        return result.ToImmutable();
    }

    public string? DefaultLanguage(YamlMappingNode root, ImmutableArray<string> codes)
    {
        var node = Child(root, "defaultLanguage");
        var code = node is null ? codes.FirstOrDefault() : yaml.String(node, Invalid);
        if (code is not null && !codes.Contains(code))
        {
            yaml.Diagnostics.Error(Invalid, yaml.At(node ?? root), $"default language '{code}' is not one of the languages", "list it under 'languages'");
            return null;
        }

        return code;
    }

    /// <summary>The base URL: <paramref name="overrideUrl"/>, else site.yml's; with <paramref name="origin"/>, its scheme, host and port replaced.</summary>
    public Uri? BaseUrl(YamlMappingNode root, string? overrideUrl, string? origin = null)
    {
        var node = Child(root, "baseUrl");
        var text = overrideUrl ?? (node is null ? "http://localhost/" : yaml.String(node, Invalid));
        if (text is null)
        {
            return null;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            var where = overrideUrl is null && node is not null ? yaml.At(node) : new SourceRef(yaml.File);
            yaml.Diagnostics.Error(Invalid, where, $"base URL '{text}' is not an absolute http or https URL", "for example https://example.org/");
            return null;
        }

        uri = origin is null ? uri : new Uri(new Uri(origin), uri.AbsolutePath);
        return uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri + "/");
    }

    public bool? Bool(YamlMappingNode map, string key) =>
        Child(map, key) is { } node ? yaml.Bool(node, Invalid) : null;

    public int? PositiveInt(YamlMappingNode map, string key)
    {
        if (Child(map, key) is not { } node || yaml.Int(node, Invalid) is not { } value)
        {
            return null;
        }

        if (value < 1)
        {
            yaml.Diagnostics.Error(Invalid, yaml.At(node), $"'{key}' must be at least 1");
            return null;
        }

        return value;
    }

    public ImmutableHashSet<string> FallbackLanguages(YamlMappingNode root, ImmutableArray<string> codes)
    {
        if (Child(root, "fallbackLanguages") is not { } node)
        {
            return codes.ToImmutableHashSet();
        }

        var result = ImmutableHashSet.CreateBuilder<string>();
        foreach (var (code, where) in yaml.StringList(node, Invalid))
        {
            if (codes.Contains(code)) result.Add(code);
            else yaml.Diagnostics.Error(Invalid, where, $"'{code}' is not one of the languages");
        }

        return result.ToImmutable();
    }

    public ImmutableDictionary<string, SectionConfig> Sections(YamlMappingNode root, ImmutableArray<string> codes, int pageSize)
    {
        var result = ImmutableDictionary.CreateBuilder<string, SectionConfig>(StringComparer.Ordinal);
        if (Child(root, "sections") is not { } node || yaml.Mapping(node, Invalid) is not { } map)
        {
            return result.ToImmutable();
        }

        foreach (var (key, value) in map.Children)
        {
            var name = ((YamlScalarNode)key).Value ?? string.Empty;
            if (yaml.Mapping(value, Invalid) is not { } settings)
            {
                continue;
            }

            var type = Text(settings, "type") ?? name;
            var segments = LocalizedSegments(settings, "segments", null, codes);
            var titles = Localized(settings, "titles", codes);
            result[name] = new SectionConfig(name, type, segments, titles, PositiveInt(settings, "pageSize") ?? pageSize);
        }

        return result.ToImmutable();
    }

    /// <summary>A mapping of language to URL segment, at <c>map[key]</c> or <c>map[key][subKey]</c>.</summary>
    public ImmutableDictionary<string, string> LocalizedSegments(YamlMappingNode map, string key, string? subKey, ImmutableArray<string> codes)
    {
        var node = Child(map, key);
        if (node is not null && subKey is not null)
        {
            node = yaml.Mapping(node, Invalid) is { } inner ? Child(inner, subKey) : null;
        }

        var values = node is null ? ImmutableDictionary<string, string>.Empty : LocalizedNode(node, codes);
        foreach (var (language, segment) in values.OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            if (Content.Slugifier.Slugify(segment) != segment)
            {
                var valueNode = ((YamlMappingNode)node!).Children[new YamlScalarNode(language)];
                yaml.Diagnostics.Error(Invalid, yaml.At(valueNode), $"URL segment '{segment}' ({language}) is not a slug",
                    $"use lowercase ASCII letters, digits and hyphens, e.g. '{Content.Slugifier.Slugify(segment)}'");
            }
        }

        return values;
    }

    public ImmutableDictionary<string, string> Localized(YamlMappingNode map, string key, ImmutableArray<string> codes) =>
        Child(map, key) is { } node ? LocalizedNode(node, codes) : ImmutableDictionary<string, string>.Empty;

    public ImmutableDictionary<string, ImmutableArray<MenuItemConfig>> Menus(YamlMappingNode root, ImmutableArray<string> codes)
    {
        var result = ImmutableDictionary.CreateBuilder<string, ImmutableArray<MenuItemConfig>>(StringComparer.Ordinal);
        if (Child(root, "menus") is not { } node || yaml.Mapping(node, Invalid) is not { } map)
        {
            return result.ToImmutable();
        }

        foreach (var (key, value) in map.Children)
        {
            var items = ImmutableArray.CreateBuilder<MenuItemConfig>();
            if (value is not YamlSequenceNode sequence)
            {
                yaml.Diagnostics.Error(Invalid, yaml.At(value), "a menu is a list of entries");
                continue;
            }

            foreach (var entry in sequence.Children)
            {
                if (yaml.Mapping(entry, Invalid) is not { } item)
                {
                    continue;
                }

                var page = Text(item, "page");
                var section = Text(item, "section");
                var url = Text(item, "url");
                var knowledgeMap = Child(item, "map") is { } mapNode ? yaml.Bool(mapNode, Invalid) : null;
                if (knowledgeMap == false)
                {
                    yaml.Diagnostics.Error(Invalid, yaml.At(Child(item, "map")!), "'map: false' names no page", "write 'map: true' for the knowledge map's page, or remove the entry");
                    continue;
                }

                if ((page is null ? 0 : 1) + (section is null ? 0 : 1) + (url is null ? 0 : 1) + (knowledgeMap is null ? 0 : 1) != 1)
                {
                    yaml.Diagnostics.Error(Invalid, yaml.At(item), "a menu entry names exactly one of 'page', 'section', 'map' or 'url'");
                    continue;
                }

                items.Add(new MenuItemConfig(page, section, url, Localized(item, "labels", codes), yaml.At(item)) { Map = knowledgeMap == true });
            }

            result[((YamlScalarNode)key).Value ?? string.Empty] = items.ToImmutable();
        }

        return result.ToImmutable();
    }

    private ImmutableDictionary<string, string> LocalizedNode(YamlNode node, ImmutableArray<string> codes)
    {
        var result = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        if (yaml.Mapping(node, Invalid) is not { } map)
        {
            return result.ToImmutable();
        }

        foreach (var (key, value) in map.Children)
        {
            var code = ((YamlScalarNode)key).Value ?? string.Empty;
            if (!codes.Contains(code))
            {
                yaml.Diagnostics.Error(Invalid, yaml.At(key), $"'{code}' is not one of the languages", "languages: " + string.Join(", ", codes));
                continue;
            }

            if (yaml.String(value, Invalid) is { } text)
            {
                result[code] = text;
            }
        }

        return result.ToImmutable();
    }

    /// <summary>A warning at each key of <paramref name="map"/> that is not one of <paramref name="known"/>, with a did-you-mean.</summary>
    internal void WarnUnknown(YamlMappingNode map, IReadOnlyList<string> known, string what, string code)
    {
        foreach (var key in map.Children.Keys.OfType<YamlScalarNode>().Where(k => !known.Contains(k.Value ?? string.Empty)))
        {
            var suggestion = DidYouMean.Suggest(key.Value ?? string.Empty, known);
            yaml.Diagnostics.Warning(code, yaml.At(key), $"unknown setting '{DiagnosticText.Quote(key.Value ?? string.Empty)}' of {what} is ignored",
                suggestion is null ? "known settings: " + string.Join(", ", known) : $"did you mean '{suggestion}'?");
        }
    }

    internal string? Text(YamlMappingNode map, string key) =>
        Child(map, key) is { } node ? yaml.String(node, Invalid) : null;

    internal static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    private static bool IsLanguageCode(string code) =>
        code.Length is >= 2 and <= 8 && code.All(c => c is (>= 'a' and <= 'z') or '-');
}
