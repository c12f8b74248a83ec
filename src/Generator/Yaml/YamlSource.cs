using System.Collections.Immutable;
using System.Globalization;
using Generator.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Generator.Yaml;

/// <summary>
/// Reads typed values out of a YAML node tree and reports each wrong value at its own position
/// in the author's file. <paramref name="lineOffset"/> maps the YAML text's lines to the file's
/// (front matter starts on the file's second line).
/// </summary>
public sealed class YamlSource(string file, int lineOffset, DiagnosticBag diagnostics)
{
    public string File { get; } = file;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    /// <summary>Parses YAML text into its root node; reports a syntax error and returns null when malformed.</summary>
    public YamlNode? Load(string text, string syntaxCode, out bool malformed)
    {
        malformed = false;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException ex)
        {
            malformed = true;
            var message = ex.InnerException is YamlException inner ? inner.Message : ex.Message;
            Diagnostics.Error(syntaxCode, At(ex.Start), "malformed YAML: " + Clean(message),
                "check indentation, and quote values that contain ': ' or start with a special character");
            return null;
        }
    }

    public SourceRef At(YamlNode node) => At(node.Start);

    public SourceRef At(Mark mark) =>
        new(File, new SourcePosition((int)mark.Line + lineOffset, Math.Max(1, (int)mark.Column)));

    public string? String(YamlNode node, string code)
    {
        if (node is YamlScalarNode scalar)
        {
            return scalar.Value ?? string.Empty;
        }

        Diagnostics.Error(code, At(node), "expected a text value, found " + Describe(node));
        return null;
    }

    public bool? Bool(YamlNode node, string code)
    {
        if (node is YamlScalarNode { Value: { } value })
        {
            switch (value.ToLowerInvariant())
            {
                case "true": case "yes": return true;
                case "false": case "no": return false;
            }
        }

        Diagnostics.Error(code, At(node), "expected true or false, found " + Describe(node));
        return null;
    }

    public int? Int(YamlNode node, string code)
    {
        if (node is YamlScalarNode { Value: { } value }
            && int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result))
        {
            return result;
        }

        Diagnostics.Error(code, At(node), "expected a whole number, found " + Describe(node));
        return null;
    }

    /// <summary>A list of texts; a single text is taken as a list of one.</summary>
    public ImmutableArray<(string Value, SourceRef Where)> StringList(YamlNode node, string code)
    {
        switch (node)
        {
            case YamlScalarNode scalar when !string.IsNullOrEmpty(scalar.Value):
                return [(scalar.Value, At(scalar))];
            case YamlSequenceNode sequence:
                var items = ImmutableArray.CreateBuilder<(string, SourceRef)>();
                foreach (var child in sequence.Children)
                {
                    if (String(child, code) is { } text)
                    {
                        items.Add((text, At(child)));
                    }
                }

                return items.ToImmutable();
            default:
                Diagnostics.Error(code, At(node), "expected a list of texts, found " + Describe(node));
                return [];
        }
    }

    public YamlMappingNode? Mapping(YamlNode node, string code)
    {
        if (node is YamlMappingNode mapping)
        {
            return mapping;
        }

        Diagnostics.Error(code, At(node), "expected a mapping of keys to values, found " + Describe(node));
        return null;
    }

    public static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode { Value: null or "" } => "an empty value",
        YamlScalarNode scalar => $"'{scalar.Value}'",
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        _ => "an unsupported value",
    };

    private static string Clean(string message)
    {
        // YamlDotNet prefixes messages with "(Line: 3, Col: 1, Idx: 20) - (Line: ...): "; the
        // diagnostic already carries the position.
        var index = message.LastIndexOf("): ", StringComparison.Ordinal);
        return index >= 0 ? message[(index + 3)..] : message;
    }
}
