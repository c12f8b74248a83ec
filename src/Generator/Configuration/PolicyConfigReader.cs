using System.Collections.Immutable;
using Generator.Diagnostics;
using Generator.Yaml;
using YamlDotNet.RepresentationModel;

namespace Generator.Configuration;

/// <summary>Reads site.yml's <c>consultations:</c> (<c>true</c>, or a mapping of <c>segments</c>, <c>titles</c> and <c>thanks</c>), <c>pdf:</c> and <c>history:</c>.</summary>
internal sealed class PolicyConfigReader(YamlSource yaml, ConfigReader reader, ImmutableArray<string> codes)
{
    private static readonly string[] Settings = ["segments", "titles", "thanks"];

    public PolicyConfig Read(YamlMappingNode root)
    {
        var result = PolicyConfig.Default with { Pdf = reader.Bool(root, "pdf") ?? false, GitHistory = History(root) };
        if (ConfigReader.Child(root, "consultations") is not { } node)
        {
            return result;
        }

        if (node is YamlScalarNode)
        {
            return result with { Consultations = reader.Bool(root, "consultations") ?? false, Where = yaml.At(node) };
        }

        if (yaml.Mapping(node, DiagnosticCodes.ConfigInvalid) is not { } map)
        {
            return result;
        }

        reader.WarnUnknown(map, Settings, "'consultations'", DiagnosticCodes.ConfigInvalid);
        return result with
        {
            Consultations = true,
            Segments = reader.LocalizedSegments(map, "segments", null, codes),
            Titles = reader.Localized(map, "titles", codes),
            ThanksSegments = reader.LocalizedSegments(map, "thanks", null, codes),
            Where = yaml.At(node),
        };
    }

    /// <summary><c>history: git</c> (or nothing); any other value is reported.</summary>
    private bool History(YamlMappingNode root)
    {
        if (ConfigReader.Child(root, "history") is not { } node)
        {
            return false;
        }

        var value = yaml.String(node, DiagnosticCodes.ConfigInvalid);
        if (value is "git" or null)
        {
            return value is not null;
        }

        yaml.Diagnostics.Error(DiagnosticCodes.ConfigInvalid, yaml.At(node), $"'history: {DiagnosticText.Quote(value)}' is not a source of history",
            "write 'history: git' to date documents from the git history of their files, or remove it");
        return false;
    }
}
