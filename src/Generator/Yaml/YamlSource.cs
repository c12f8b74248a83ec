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

    /// <summary>The lines of the text last loaded, to keep positions inside it.</summary>
    private string[] lines = [];

    /// <summary>
    /// Parses YAML text into its root node; reports a syntax error at the author's mistake and
    /// returns null when the text is malformed, nested too deeply, or holds aliases that refer to
    /// themselves or expand to too much. No exception of the YAML library escapes.
    /// </summary>
    public YamlNode? Load(string text, string syntaxCode, out bool malformed)
    {
        malformed = true;
        lines = text.Split('\n');
        var parser = new GuardedParser(new Parser(new StringReader(text)));
        YamlNode root;
        try
        {
            var stream = new YamlStream();
            stream.Load(parser);
            if (stream.Documents.Count == 0)
            {
                malformed = false;
                return null;
            }

            root = stream.Documents[0].RootNode;
            if (stream.Documents.Count > 1)
            {
                Diagnostics.Warning(syntaxCode, At(stream.Documents[1].RootNode),
                    "only the first YAML document is read; this one is ignored", "remove the '---' line above it, or the rest of the file");
            }
        }
        catch (GuardedParser.TooDeepException ex)
        {
            Syntax(syntaxCode, ex.Start, $"values nested more than {GuardedParser.MaxDepth} levels deep",
                "lists and mappings this deep are not front matter or configuration; check for a run of '[' or '{'");
            return null;
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            if (parser.OpenFlow is { } open)
            {
                var (bracket, closing, kind) = open.Bracket == '[' ? ('[', ']', "list") : ('{', '}', "mapping");
                Syntax(syntaxCode, open.Start, $"'{bracket}' is never closed",
                    $"end the {kind} with '{closing}' (a {kind} in brackets may span lines, but every line until '{closing}' belongs to it)");
                return null;
            }

            var where = ex is YamlException { Start: var start } && !start.Equals(Mark.Empty) ? start : parser.LastStart;
            var message = ex is YamlException ? Clean(ex.InnerException is YamlException inner ? inner.Message : ex.Message) : "the YAML parser stopped here";
            if (YamlMessages.Explain(message) is { } explained)
            {
                Diagnostics.Error(syntaxCode, explained.AtTab ? TabAtOrAfter((int)where.Line) ?? At(where) : At(where), explained.Message, explained.Hint);
                return null;
            }

            Syntax(syntaxCode, where, "malformed YAML: " + message,
                "check indentation, and quote values that contain ': ' or start with a special character");
            return null;
        }

        var problems = YamlShape.Check(root).ToList();
        foreach (var problem in problems)
        {
            Syntax(syntaxCode, problem.Where, problem.Message, problem.Hint);
        }

        malformed = problems.Count > 0;
        return malformed ? null : root;
    }

    /// <summary>The first tab in a line's indentation, from the line before <paramref name="line"/> on (the parser may point at the key above it).</summary>
    private SourceRef? TabAtOrAfter(int line)
    {
        for (var index = Math.Max(0, line - 2); index < lines.Length; index++)
        {
            var indentation = lines[index].Length - lines[index].TrimStart(' ', '\t').Length;
            var tab = lines[index].IndexOf('\t', 0, indentation);
            if (tab >= 0)
            {
                return new SourceRef(File, new SourcePosition(index + 1 + lineOffset, tab + 1));
            }
        }

        return null;
    }

    /// <summary>An error at a mark, kept inside the text.</summary>
    private void Syntax(string code, Mark mark, string message, string hint) => Diagnostics.Error(code, At(mark), message, hint);

    public SourceRef At(YamlNode node) => At(node.Start);

    /// <summary>
    /// The place of a mark in the author's file, kept inside the text loaded: the parser may point
    /// just past its end (the empty value of a document that is only '---').
    /// </summary>
    public SourceRef At(Mark mark)
    {
        var last = Math.Max(1, lines.Length - (lines.Length > 1 && lines[^1].Length == 0 ? 1 : 0));
        var line = Math.Clamp((int)mark.Line, 1, last);
        var column = Math.Clamp((int)mark.Column, 1, (lines.Length == 0 ? 0 : lines[line - 1].TrimEnd('\r').Length) + 1);
        return new SourceRef(File, new SourcePosition(line + lineOffset, column));
    }

    public string? String(YamlNode node, string code)
    {
        if (node is YamlScalarNode scalar)
        {
            return scalar.Value ?? string.Empty;
        }

        Diagnostics.Error(code, At(node), "expected a text value, found " + Describe(node),
            node is YamlSequenceNode or YamlMappingNode ? "write one text; quote it if it starts with '[' or '{': title: \"[Draft] Housing\"" : null);
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

        Diagnostics.Error(code, At(node), "expected true or false, found " + Describe(node), "write true or false");
        return null;
    }

    public int? Int(YamlNode node, string code)
    {
        if (node is YamlScalarNode { Value: { } value }
            && int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result))
        {
            return result;
        }

        Diagnostics.Error(code, At(node), "expected a whole number, found " + Describe(node), "write a whole number, such as 3 or -1");
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
                Diagnostics.Error(code, At(node), "expected a list of texts, found " + Describe(node), "write a list: [a, b], or one item a line, each starting with '- '");
                return [];
        }
    }

    public YamlMappingNode? Mapping(YamlNode node, string code)
    {
        if (node is YamlMappingNode mapping)
        {
            return mapping;
        }

        Diagnostics.Error(code, At(node), "expected a mapping of keys to values, found " + Describe(node), "write one 'key: value' a line, indented under its parent");
        return null;
    }

    public static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode { Value: null or "" } => "an empty value",
        YamlScalarNode scalar => $"'{DiagnosticText.Quote(scalar.Value)}'",
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
