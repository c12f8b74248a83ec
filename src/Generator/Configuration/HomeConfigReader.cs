using System.Collections.Immutable;
using Generator.Diagnostics;
using Generator.Yaml;
using YamlDotNet.RepresentationModel;

namespace Generator.Configuration;

/// <summary>Reads <c>home:</c> and <c>publisher:</c> from site.yml, each mistake at its place.</summary>
internal sealed class HomeConfigReader(YamlSource yaml, ConfigReader reader, ImmutableArray<string> codes)
{
    private const string Invalid = DiagnosticCodes.ConfigInvalid;
    private static readonly string[] FeatureKeys = ["id", "sections", "filter", "limit", "title", "titles", "empty", "more", "style"];
    private static readonly string[] Filters = ["all", "upcoming", "past"];
    private static readonly string[] Styles = ["list", "links"];

    public HomeConfig Home(YamlMappingNode root, ImmutableDictionary<string, SectionConfig> sections)
    {
        if (ConfigReader.Child(root, "home") is not { } node || yaml.Mapping(node, Invalid) is not { } home)
        {
            return new HomeConfig([], Declared: false);
        }

        Unknown(home, ["features"], "home");
        var features = ImmutableArray.CreateBuilder<HomeFeature>();
        if (ConfigReader.Child(home, "features") is not { } list)
        {
            return new HomeConfig([], Declared: true);
        }

        if (list is not YamlSequenceNode sequence)
        {
            yaml.Diagnostics.Error(Invalid, yaml.At(list), "'features' is a list of blocks", "write each block on a line of its own starting with '- '");
            return new HomeConfig([], Declared: true);
        }

        foreach (var item in sequence.Children)
        {
            if (yaml.Mapping(item, Invalid) is { } feature && Feature(feature, sections, features.Count + 1) is { } read)
            {
                features.Add(read);
            }
        }

        return new HomeConfig(features.ToImmutable(), Declared: true);
    }

    public PublisherConfig? Publisher(YamlMappingNode root)
    {
        if (ConfigReader.Child(root, "publisher") is not { } node || yaml.Mapping(node, Invalid) is not { } map)
        {
            return null;
        }

        Unknown(map, ["page", "name"], "publisher");
        return new PublisherConfig(reader.Text(map, "page"), reader.Localized(map, "name", codes), yaml.At(node));
    }

    private HomeFeature? Feature(YamlMappingNode map, ImmutableDictionary<string, SectionConfig> sections, int number)
    {
        Unknown(map, FeatureKeys, "a home page block");
        var names = ConfigReader.Child(map, "sections") is { } sectionsNode ? yaml.StringList(sectionsNode, Invalid) : [];
        if (names.IsEmpty)
        {
            yaml.Diagnostics.Error(Invalid, yaml.At(map), "a home page block names no sections", "add 'sections: [news]'");
            return null;
        }

        foreach (var (name, where) in names.Where(n => !sections.ContainsKey(n.Value)))
        {
            var suggestion = DidYouMean.Suggest(name, sections.Keys);
            yaml.Diagnostics.Error(Invalid, where, $"'{DiagnosticText.Quote(name)}' is not a section of site.yml",
                suggestion is null ? "name a section declared under 'sections:'" : $"did you mean '{suggestion}'?");
        }

        var filter = OneOf(map, "filter", Filters);
        var style = OneOf(map, "style", Styles) ?? "list";
        var id = reader.Text(map, "id") ?? "home-" + string.Join('-', names.Select(n => n.Value));
        return new HomeFeature(id, [.. names.Select(n => n.Value)], filter is "all" ? null : filter, reader.PositiveInt(map, "limit") ?? 5,
            reader.Text(map, "title"), reader.Localized(map, "titles", codes), reader.Text(map, "empty"), reader.Text(map, "more"), style, yaml.At(map));
    }

    private string? OneOf(YamlMappingNode map, string key, string[] allowed)
    {
        if (ConfigReader.Child(map, key) is not { } node || yaml.String(node, Invalid) is not { } value)
        {
            return null;
        }

        if (allowed.Contains(value))
        {
            return value;
        }

        yaml.Diagnostics.Error(Invalid, yaml.At(node), $"'{DiagnosticText.Quote(value)}' is not a {key} of a home page block", "use one of: " + string.Join(", ", allowed));
        return null;
    }

    private void Unknown(YamlMappingNode map, string[] known, string what) => reader.WarnUnknown(map, known, what, Invalid);
}
