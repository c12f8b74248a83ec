using System.Collections.Immutable;
using Generator.Diagnostics;
using Generator.Yaml;
using YamlDotNet.RepresentationModel;

namespace Generator.Configuration;

/// <summary>Reads site.yml's <c>map:</c>: <c>true</c> or <c>false</c>, or a mapping of <c>segments</c> and <c>titles</c> per language.</summary>
internal sealed class MapConfigReader(YamlSource yaml, ConfigReader reader, ImmutableArray<string> codes)
{
    private static readonly string[] Settings = ["segments", "titles"];

    public MapConfig Read(YamlMappingNode root)
    {
        if (ConfigReader.Child(root, "map") is not { } node)
        {
            return MapConfig.Default;
        }

        if (node is YamlScalarNode)
        {
            var enabled = reader.Bool(root, "map") ?? true;
            return MapConfig.Default with { Enabled = enabled, Where = yaml.At(node) };
        }

        if (yaml.Mapping(node, DiagnosticCodes.ConfigInvalid) is not { } map)
        {
            return MapConfig.Default;
        }

        reader.WarnUnknown(map, Settings, "'map'", DiagnosticCodes.ConfigInvalid);
        return new MapConfig(true, reader.LocalizedSegments(map, "segments", null, codes), reader.Localized(map, "titles", codes), yaml.At(node));
    }
}
