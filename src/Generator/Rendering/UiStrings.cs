using System.Collections.Immutable;

namespace Generator.Rendering;

/// <summary>
/// The UI strings per language, the site's (<c>input/i18n/{lang}.yml</c>) over the theme's
/// (<c>theme/i18n/{lang}.yml</c>), keys flattened with dots. A key missing in a language falls
/// back to the default language's text.
/// </summary>
public sealed class UiStrings(string defaultLanguage, ImmutableDictionary<string, ImmutableDictionary<string, string>> byLanguage)
{
    /// <summary>The file where a key missing in the default language belongs: the theme's, or the site's when only the site has strings for that language.</summary>
    public required string DefaultLanguageFile { get; init; }

    /// <summary>What a page in <paramref name="language"/> can read: its strings and the default language's.</summary>
    public string Fingerprint(string language) =>
        string.Join('\n', new[] { language, defaultLanguage }.Distinct()
            .SelectMany(l => byLanguage.GetValueOrDefault(l, ImmutableDictionary<string, string>.Empty).OrderBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => $"{l}:{p.Key}={p.Value}")));

    public bool TryGet(string language, string key, out string text)
    {
        if (byLanguage.TryGetValue(language, out var strings) && strings.TryGetValue(key, out text!))
        {
            return true;
        }

        if (byLanguage.TryGetValue(defaultLanguage, out var defaults) && defaults.TryGetValue(key, out text!))
        {
            return true;
        }

        text = string.Empty;
        return false;
    }
}
