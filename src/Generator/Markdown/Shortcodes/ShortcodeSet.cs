using System.Collections.Immutable;

namespace Generator.Markdown.Shortcodes;

/// <summary>The shortcodes a site can call: the theme's, with the site's own added or in their place.</summary>
/// <param name="broken">Shortcodes whose template's header has errors, by name, with the template's file.</param>
public sealed class ShortcodeSet(ImmutableDictionary<string, ShortcodeDefinition> definitions, ImmutableDictionary<string, string>? broken = null)
{
    public static readonly ShortcodeSet Empty = new(ImmutableDictionary<string, ShortcodeDefinition>.Empty);

    /// <summary>Built in, not templates: <c>ref</c> and <c>relref</c> give the URL of a page by its id, checked like a wikilink.</summary>
    public static readonly ImmutableArray<string> LinkShortcodes = ["ref", "relref"];

    public ImmutableDictionary<string, ShortcodeDefinition> Definitions { get; } = definitions;

    /// <summary>Changes whenever a declaration changes: part of the key under which a parsed document is kept for the next build.</summary>
    public string Fingerprint { get; } = string.Join(';', definitions.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d =>
        $"{d.Key}:{d.Value.Declared}:{d.Value.Inner}:{string.Join(',', d.Value.Parameters.Select(p => $"{p.Name}{(p.Required ? "!" : string.Empty)}={string.Join('|', p.Values)}"))}"));

    public ShortcodeDefinition? Find(string name) => Definitions.GetValueOrDefault(name);

    /// <summary>The template of a shortcode that cannot be used because its header has errors, if <paramref name="name"/> is one.</summary>
    public string? Broken(string name) => broken?.GetValueOrDefault(name);

    /// <summary>Every name a call may use, for a did-you-mean.</summary>
    public IEnumerable<string> Names => Definitions.Keys.Concat(LinkShortcodes).Order(StringComparer.Ordinal);
}
