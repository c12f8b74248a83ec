using System.Collections.Immutable;
using Generator.Diagnostics;
using Generator.Yaml;
using YamlDotNet.RepresentationModel;

namespace Generator.Configuration.Schema;

/// <summary>
/// Reads <c>taxonomies:</c> from site.yml. Each entry is a taxonomy whose name is the front-matter
/// key of its terms and the content folder of its term pages. Three forms are accepted:
/// <c>tags: { en: tags, fr: etiquettes }</c> (URL segments per language),
/// <c>audiences: { segments: {...}, titles: {...} }</c>, and Hugo's <c>tag: tags</c> (singular:
/// plural, the plural being the name). No <c>taxonomies:</c> means <c>tags</c>; an empty mapping, none.
/// </summary>
internal sealed class TaxonomyReader(YamlSource yaml, ConfigReader reader, ImmutableArray<string> codes)
{
    private const string Invalid = DiagnosticCodes.ModelInvalid;
    private static readonly string[] Settings = ["segments", "titles"];

    public ImmutableArray<TaxonomyDefinition> Read(YamlMappingNode root, ImmutableDictionary<string, SectionConfig> sections, IReadOnlySet<string> reserved)
    {
        if (ConfigReader.Child(root, "taxonomies") is not { } node)
        {
            return [TaxonomyDefinition.Tags];
        }

        if (node is YamlScalarNode { Value: null or "" } || yaml.Mapping(node, Invalid) is not { } map)
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<TaxonomyDefinition>();
        foreach (var (keyNode, value) in map.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value ?? string.Empty;
            var taxonomy = value switch
            {
                YamlScalarNode { Value: { Length: > 0 } plural } => new TaxonomyDefinition(plural, ImmutableDictionary<string, string>.Empty, ImmutableDictionary<string, string>.Empty, yaml.At(value)),
                YamlMappingNode settings when settings.Children.Keys.OfType<YamlScalarNode>().Any(k => Settings.Contains(k.Value)) =>
                    new TaxonomyDefinition(key, reader.LocalizedSegments(settings, "segments", null, codes), reader.Localized(settings, "titles", codes), yaml.At(keyNode)),
                YamlMappingNode => new TaxonomyDefinition(key, reader.LocalizedSegments(map, key, null, codes), ImmutableDictionary<string, string>.Empty, yaml.At(keyNode)),
                _ => new TaxonomyDefinition(key, ImmutableDictionary<string, string>.Empty, ImmutableDictionary<string, string>.Empty, yaml.At(keyNode)),
            };

            if (Problem(taxonomy.Name, sections, reserved, result) is { } problem)
            {
                yaml.Diagnostics.Error(Invalid, taxonomy.Where, problem.Message, problem.Hint);
                continue;
            }

            result.Add(taxonomy);
        }

        return result.ToImmutable();
    }

    private static (string Message, string Hint)? Problem(string name, ImmutableDictionary<string, SectionConfig> sections, IReadOnlySet<string> reserved, ImmutableArray<TaxonomyDefinition>.Builder taken)
    {
        if (Content.Slugifier.Slugify(name) != name)
        {
            return ($"the taxonomy name '{DiagnosticText.Quote(name)}' is not a slug", $"use lowercase ASCII letters, digits and hyphens, e.g. '{Content.Slugifier.Slugify(name)}'");
        }

        if (sections.ContainsKey(name))
        {
            return ($"'{name}' is both a section and a taxonomy", "a taxonomy's term pages live in content/" + name + "/: rename the section or the taxonomy");
        }

        if (reserved.Contains(name))
        {
            return ($"the taxonomy '{name}' has the name of a front-matter key the site already uses", "rename the taxonomy (its name is the front-matter key that lists a page's terms)");
        }

        return taken.Any(t => t.Name == name) ? ($"the taxonomy '{name}' is declared twice", "keep one of them") : null;
    }
}
