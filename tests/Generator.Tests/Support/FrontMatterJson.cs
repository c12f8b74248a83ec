using System.Globalization;
using System.Text.Json.Nodes;
using Generator.Content;
using Generator.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Generator.Tests.Support;

/// <summary>
/// A Markdown file's front matter as JSON, the way an editor's YAML server reads it before it
/// checks it against a schema: YAML 1.2 core, so plain <c>true</c> is a boolean, <c>3</c> a
/// number, <c>~</c> null, and dates, <c>yes</c> and anything quoted stay texts. The generator
/// itself reads every scalar as text and converts it as each key asks; the schemas accept both.
/// </summary>
public static class FrontMatterJson
{
    /// <summary>The front matter as a JSON value, or null with the reason when there is none to read (no front matter, unclosed, malformed YAML).</summary>
    public static (JsonNode? Json, string? Problem) Read(string markdown)
    {
        var block = FrontMatterBlock.Split(TextDecoder.Normalize(markdown));
        if (block.Unclosed || block.Yaml is null)
        {
            return (null, "no front matter");
        }

        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(block.Yaml));
            return stream.Documents.Count == 0 ? (new JsonObject(), null) : (Convert(stream.Documents[0].RootNode), null);
        }
        catch (YamlException ex)
        {
            return (null, "malformed YAML: " + ex.Message);
        }
    }

    public static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlScalarNode scalar => Scalar(scalar),
        YamlSequenceNode sequence => new JsonArray([.. sequence.Children.Select(Convert)]),
        YamlMappingNode mapping => Mapping(mapping),
        _ => throw new InvalidOperationException("an unexpected YAML node: " + node.GetType().Name),
    };

    private static JsonObject Mapping(YamlMappingNode mapping)
    {
        var result = new JsonObject();
        foreach (var (key, value) in mapping.Children)
        {
            result[((YamlScalarNode)key).Value ?? string.Empty] = Convert(value);
        }

        return result;
    }

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var plain = scalar.Style == ScalarStyle.Plain && (scalar.Tag.IsEmpty || scalar.Tag.Value == "?");
        return YamlCoreScalar.Resolve(scalar.Value ?? string.Empty, plain) switch
        {
            null => null,
            bool flag => JsonValue.Create(flag),
            long whole => JsonValue.Create(whole),
            double number when double.IsFinite(number) => JsonValue.Create(number),
            double other => JsonValue.Create(other.ToString(CultureInfo.InvariantCulture)),
            var text => JsonValue.Create((string)text),
        };
    }
}
