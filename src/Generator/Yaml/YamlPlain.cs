using System.Collections.Immutable;
using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Generator.Yaml;

/// <summary>Turns a YAML node into plain immutable values (text, booleans, numbers, lists, maps) for templates.</summary>
public static class YamlPlain
{
    public static object? Convert(YamlNode node) => node switch
    {
        YamlScalarNode scalar => Scalar(scalar),
        YamlSequenceNode sequence => sequence.Children.Select(Convert).ToImmutableArray(),
        YamlMappingNode mapping => mapping.Children
            .Where(pair => pair.Key is YamlScalarNode)
            .ToImmutableSortedDictionary(
                pair => ((YamlScalarNode)pair.Key).Value ?? string.Empty,
                pair => Convert(pair.Value),
                StringComparer.Ordinal),
        _ => null,
    };

    private static object? Scalar(YamlScalarNode scalar)
    {
        var value = scalar.Value;
        if (scalar.Style != ScalarStyle.Plain || value is null)
        {
            return value;
        }

        return value switch
        {
            "" or "~" or "null" => null,
            "true" => true,
            "false" => false,
            _ when long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) => l,
            _ when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
            _ => value,
        };
    }
}
