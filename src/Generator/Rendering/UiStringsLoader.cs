using System.Collections.Immutable;
using Generator.Configuration;
using Generator.Content;
using Generator.Diagnostics;
using Generator.Yaml;
using YamlDotNet.RepresentationModel;

namespace Generator.Rendering;

/// <summary>
/// Loads the theme's <c>theme/i18n/{lang}.yml</c> and the site's <c>input/i18n/{lang}.yml</c>
/// and merges them per language: a site key replaces the theme's key of the same name, and keys
/// or whole languages the theme lacks are added. A key the default language has and another
/// language lacks is a warning (the default text is shown); a key missing in the default
/// language is an error where a template asks for it. A configured language with no strings at
/// all is one warning at the site's file for it, which a site adds to give the language its texts
/// (its pages show the default language's). Each names the file where the fix belongs.
/// </summary>
public sealed class UiStringsLoader
{
    public UiStrings Load(
        IEnumerable<SourceFile> themeFiles, IEnumerable<SourceFile> siteFiles, SiteConfig config,
        string themeI18nDirectory, string siteI18nDirectory, DiagnosticBag diagnostics)
    {
        var theme = Read(themeFiles, config, diagnostics, unknownLanguageWarning: false);
        var site = Read(siteFiles, config, diagnostics, unknownLanguageWarning: true);
        var byLanguage = ImmutableDictionary.CreateBuilder<string, ImmutableDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var language in theme.Keys.Union(site.Keys))
        {
            var merged = new Dictionary<string, string>(theme.GetValueOrDefault(language) ?? [], StringComparer.Ordinal);
            foreach (var (key, text) in site.GetValueOrDefault(language) ?? [])
            {
                merged[key] = text;
            }

            byLanguage[language] = merged.ToImmutableDictionary(StringComparer.Ordinal);
        }

        var files = new Files(theme, site, themeI18nDirectory, siteI18nDirectory);
        var defaultLanguage = config.DefaultLanguage;
        if (!byLanguage.TryGetValue(defaultLanguage, out var defaults))
        {
            diagnostics.Error(DiagnosticCodes.UiStringMissingInDefault, new SourceRef(files.Theme(defaultLanguage)),
                $"neither the theme nor the site has UI strings for the default language '{defaultLanguage}'",
                $"add {files.Theme(defaultLanguage)}, or {files.Site(defaultLanguage)} for this site alone, with every key the templates use");
        }
        else
        {
            foreach (var language in config.Languages.Select(l => l.Code).Where(l => l != defaultLanguage))
            {
                if (!byLanguage.TryGetValue(language, out var strings))
                {
                    diagnostics.Warning(DiagnosticCodes.UiStringMissingInTranslation, new SourceRef(files.Site(language)),
                        $"neither the theme nor the site has UI strings for '{language}': its pages show the '{defaultLanguage}' texts ({defaults.Count} of them)",
                        $"add {files.Site(language)} (or {files.Theme(language)}, for every site of the theme) with the keys of {files.Defaults(defaultLanguage)} in '{language}'");
                    continue;
                }

                foreach (var key in defaults.Keys.Where(k => !strings.ContainsKey(k)).Order(StringComparer.Ordinal))
                {
                    var file = files.Home(language, key, defaultLanguage);
                    diagnostics.Warning(DiagnosticCodes.UiStringMissingInTranslation, new SourceRef(file),
                        $"UI string '{key}' is missing in '{language}'; the '{defaultLanguage}' text is shown",
                        $"add '{key}' to {file}");
                }
            }
        }

        return new UiStrings(defaultLanguage, byLanguage.ToImmutable()) { DefaultLanguageFile = files.Home(defaultLanguage) };
    }

    /// <summary>The strings of each file for a configured language, keys flattened with dots; a site's file for another language is a warning.</summary>
    private static Dictionary<string, SortedDictionary<string, string>> Read(IEnumerable<SourceFile> files, SiteConfig config, DiagnosticBag diagnostics, bool unknownLanguageWarning)
    {
        var byLanguage = new Dictionary<string, SortedDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var language = file.RelativePath[..^".yml".Length];
            if (!config.HasLanguage(language))
            {
                if (unknownLanguageWarning)
                {
                    var codes = config.Languages.Select(l => l.Code).ToArray();
                    var suggestion = DidYouMean.Suggest(language, codes);
                    diagnostics.Warning(DiagnosticCodes.UiStringsInvalid, new SourceRef(file.DisplayPath),
                        $"UI strings for '{language}', which is not one of the site's languages; the file is not read",
                        suggestion is not null
                            ? $"did you mean '{suggestion}'? name the file {suggestion}.yml"
                            : $"the site's languages are {string.Join(", ", codes)}: name the file after one of them, or add '{language}' under 'languages:' in {config.File}");
                }

                continue;
            }

            var yaml = new YamlSource(file.DisplayPath, 0, diagnostics);
            var text = TextDecoder.Decode(file.Bytes) ?? string.Empty;
            var strings = new SortedDictionary<string, string>(StringComparer.Ordinal);
            if (yaml.Load(text, DiagnosticCodes.UiStringsInvalid, out _) is { } root && yaml.Mapping(root, DiagnosticCodes.UiStringsInvalid) is { } map)
            {
                Flatten(map, string.Empty, yaml, strings);
            }

            byLanguage[language] = strings;
        }

        return byLanguage;
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

    /// <summary>Where each language's strings are, and so where a missing one belongs.</summary>
    private sealed class Files(
        Dictionary<string, SortedDictionary<string, string>> theme, Dictionary<string, SortedDictionary<string, string>> site,
        string themeDirectory, string siteDirectory)
    {
        public string Theme(string language) => $"{themeDirectory}/{language}.yml";

        public string Site(string language) => $"{siteDirectory}/{language}.yml";

        /// <summary>The language's file: the theme's, or the site's when only the site has strings for it.</summary>
        public string Home(string language) => theme.ContainsKey(language) || !site.ContainsKey(language) ? Theme(language) : Site(language);

        /// <summary>
        /// Where a key of the default language belongs in another language: in the theme's file
        /// when the key is the theme's and the theme has that language, else in the site's.
        /// </summary>
        public string Home(string language, string key, string defaultLanguage) =>
            theme.TryGetValue(defaultLanguage, out var defaults) && defaults.ContainsKey(key) && theme.ContainsKey(language) ? Theme(language) : Site(language);

        /// <summary>The default language's files, the theme's first.</summary>
        public string Defaults(string defaultLanguage) =>
            string.Join(" and ", new[] { theme.ContainsKey(defaultLanguage) ? Theme(defaultLanguage) : null, site.ContainsKey(defaultLanguage) ? Site(defaultLanguage) : null }.OfType<string>());
    }
}
