using System.Collections.Immutable;
using Generator.Configuration;
using Generator.Content;
using Generator.Diagnostics;
using Generator.Yaml;
using YamlDotNet.RepresentationModel;

namespace Generator.Rendering;

/// <summary>
/// Loads <c>theme/i18n/{lang}.yml</c>. A key the default language has and another language
/// lacks is a warning (the default text is shown); a key missing in the default language is an
/// error where a template asks for it.
/// </summary>
public sealed class UiStringsLoader
{
    public UiStrings Load(IEnumerable<SourceFile> files, SiteConfig config, string i18nDisplayDirectory, DiagnosticBag diagnostics)
    {
        var byLanguage = ImmutableDictionary.CreateBuilder<string, ImmutableDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var language = Path.GetFileNameWithoutExtension(file.RelativePath);
            if (!config.HasLanguage(language))
            {
                continue;
            }

            var yaml = new YamlSource(file.DisplayPath, 0, diagnostics);
            var text = TextDecoder.Decode(file.Bytes) ?? string.Empty;
            var strings = new SortedDictionary<string, string>(StringComparer.Ordinal);
            if (yaml.Load(text, DiagnosticCodes.UiStringsInvalid, out _) is { } root && yaml.Mapping(root, DiagnosticCodes.UiStringsInvalid) is { } map)
            {
                Flatten(map, string.Empty, yaml, strings);
            }

            byLanguage[language] = strings.ToImmutableDictionary(StringComparer.Ordinal);
        }

        var defaults = byLanguage.GetValueOrDefault(config.DefaultLanguage);
        if (defaults is null)
        {
            diagnostics.Error(DiagnosticCodes.UiStringMissingInDefault, new SourceRef($"{i18nDisplayDirectory}/{config.DefaultLanguage}.yml"),
                $"the theme has no UI strings for the default language '{config.DefaultLanguage}'", "add the file with every key the templates use");
        }
        else
        {
            foreach (var language in config.Languages.Select(l => l.Code).Where(l => l != config.DefaultLanguage))
            {
                var file = $"{i18nDisplayDirectory}/{language}.yml";
                if (!byLanguage.TryGetValue(language, out var strings))
                {
                    diagnostics.Warning(DiagnosticCodes.UiStringMissingInTranslation, new SourceRef(file),
                        $"the theme has no UI strings for '{language}': its pages show the '{config.DefaultLanguage}' texts ({defaults.Count} of them)",
                        $"add {file} with the keys of {i18nDisplayDirectory}/{config.DefaultLanguage}.yml in '{language}'");
                    continue;
                }

                foreach (var key in defaults.Keys.Where(k => !strings.ContainsKey(k)).Order(StringComparer.Ordinal))
                {
                    diagnostics.Warning(DiagnosticCodes.UiStringMissingInTranslation, new SourceRef(file),
                        $"UI string '{key}' is missing in '{language}'; the '{config.DefaultLanguage}' text is shown",
                        $"add '{key}' to {file}");
                }
            }
        }

        return new UiStrings(config.DefaultLanguage, byLanguage.ToImmutable());
    }

    private static void Flatten(YamlMappingNode map, string prefix, YamlSource yaml, SortedDictionary<string, string> strings)
    {
        foreach (var (keyNode, value) in map.Children)
        {
            var key = prefix + ((keyNode as YamlScalarNode)?.Value ?? string.Empty);
            if (value is YamlMappingNode child)
            {
                Flatten(child, key + ".", yaml, strings);
            }
            else if (yaml.String(value, DiagnosticCodes.UiStringsInvalid) is { } text)
            {
                strings[key] = text;
            }
        }
    }
}
