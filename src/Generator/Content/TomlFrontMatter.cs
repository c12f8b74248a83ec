using System.Globalization;
using System.Text;
using System.Text.Json;
using Generator.Diagnostics;
using Tomlyn;
using Tomlyn.Model;
using Tomlyn.Parsing;

namespace Generator.Content;

/// <summary>
/// TOML front matter, between <c>+++</c> lines, as Hugo writes it by default: read with Tomlyn
/// and written again as YAML that keeps each top-level key on its own line, so that the front
/// matter reader checks it and points at its mistakes as it does for YAML. Values are written as
/// YAML flow (JSON strings, numbers, booleans, arrays and tables); TOML's dates and times are
/// written as they were, so Hugo's <c>2018-03-09T09:00:00-04:00</c> reads as in YAML. A TOML
/// syntax error is reported at its line and column (the first one: the parser's later ones follow from it); nesting deeper than
/// <see cref="Yaml.GuardedParser.MaxDepth"/> is refused before TOML is parsed.
/// </summary>
public static class TomlFrontMatter
{
    /// <summary>The YAML text (line <c>n</c> of it is line <c>n</c> of the TOML), or null when the TOML has errors, each reported.</summary>
    /// <param name="firstLine">The file's line the TOML text starts on.</param>
    public static string? ToYaml(string toml, string file, int firstLine, DiagnosticBag diagnostics)
    {
        if (TooDeep(toml) is { } deep)
        {
            diagnostics.Error(DiagnosticCodes.FrontMatterSyntax, new SourceRef(file, new SourcePosition(firstLine + deep.Line, deep.Column + 1)),
                $"front matter is nested more than {Yaml.GuardedParser.MaxDepth} levels deep", "front matter needs a few levels at most: flatten it");
            return null;
        }

        var syntax = SyntaxParser.Parse(toml, file, true);
        if (syntax.HasErrors)
        {
            // The first error only: the parser's later ones follow from it.
            foreach (var error in syntax.Diagnostics.Where(d => d.Kind == Tomlyn.Syntax.DiagnosticMessageKind.Error).Take(1))
            {
                diagnostics.Error(DiagnosticCodes.FrontMatterSyntax, new SourceRef(file, new SourcePosition(firstLine + error.Span.Start.Line, error.Span.Start.Column + 1)),
                    $"TOML front matter: {error.Message}", "write TOML as 'key = value', one per line, strings in double quotes; or write the front matter as YAML between --- lines");
            }

            return null;
        }

        TomlTable model;
        try
        {
            model = TomlSerializer.Deserialize<TomlTable>(toml) ?? [];
        }
        catch (TomlException exception)
        {
            diagnostics.Error(DiagnosticCodes.FrontMatterSyntax, new SourceRef(file, new SourcePosition(firstLine, 1)), $"TOML front matter: {exception.Message}",
                "write TOML as 'key = value', one per line; or write the front matter as YAML between --- lines");
            return null;
        }

        // The line (0-based) each top-level key starts on, and the column its value starts at.
        var places = new Dictionary<string, (int Line, int Column)>(StringComparer.Ordinal);
        foreach (var pair in syntax.KeyValues)
        {
            places.TryAdd(FirstSegment(pair.Key!.ToString()), (pair.Span.Start.Line, pair.Value?.Span.Start.Column ?? 0));
        }

        foreach (var table in syntax.Tables)
        {
            places.TryAdd(FirstSegment(table.Name!.ToString()), (table.Span.Start.Line, 0));
        }

        var lines = new List<string>();
        foreach (var (key, value) in model.OrderBy(p => places.GetValueOrDefault(p.Key).Line))
        {
            var (line, column) = places.GetValueOrDefault(key);
            while (lines.Count < line)
            {
                lines.Add(string.Empty);
            }

            // The value where it stood in the TOML (title = "x" has it in column 9, as title:   "x" does).
            var text = new StringBuilder(Key(key)).Append(':');
            text.Append(' ', Math.Max(1, column - text.Length));
            Write(text, value);
            lines.Add(text.ToString());
        }

        return string.Join('\n', lines) + "\n";
    }

    private static string FirstSegment(string key)
    {
        var trimmed = key.Trim();
        if (trimmed.StartsWith('"') || trimmed.StartsWith('\''))
        {
            var close = trimmed.IndexOf(trimmed[0], 1);
            return close > 0 ? trimmed[1..close] : trimmed.Trim('"', '\'');
        }

        var dot = trimmed.IndexOf('.');
        return (dot < 0 ? trimmed : trimmed[..dot]).Trim();
    }

    private static string Key(string key) =>
        key.Length > 0 && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-') ? key : JsonSerializer.Serialize(key);

    private static void Write(StringBuilder text, object? value)
    {
        switch (value)
        {
            case null:
                text.Append("null");
                break;
            case string s:
                text.Append(JsonSerializer.Serialize(s));
                break;
            case bool b:
                text.Append(b ? "true" : "false");
                break;
            case TomlDateTime date:
                text.Append(date.ToString());
                break;
            case IFormattable number:
                text.Append(number.ToString(null, CultureInfo.InvariantCulture));
                break;
            case TomlTable table:
                text.Append('{');
                var first = true;
                foreach (var (key, item) in table)
                {
                    text.Append(first ? " " : ", ").Append(Key(key)).Append(": ");
                    Write(text, item);
                    first = false;
                }

                text.Append(first ? "}" : " }");
                break;
            case System.Collections.IEnumerable items:
                text.Append('[');
                var separator = string.Empty;
                foreach (var item in items)
                {
                    text.Append(separator);
                    Write(text, item);
                    separator = ", ";
                }

                text.Append(']');
                break;
            default:
                text.Append(JsonSerializer.Serialize(value.ToString()));
                break;
        }
    }

    /// <summary>Where brackets and braces outside strings and comments first nest too deep (line 0-based, column 0-based), if they do.</summary>
    private static (int Line, int Column)? TooDeep(string toml)
    {
        var (depth, line, column) = (0, 0, 0);
        char? quote = null;
        var comment = false;
        for (var i = 0; i < toml.Length; i++, column++)
        {
            var c = toml[i];
            if (c == '\n')
            {
                (line, column, comment) = (line + 1, -1, false);
                if (quote == '\'' || quote == '"')
                {
                    quote = null;
                }

                continue;
            }

            if (comment)
            {
                continue;
            }

            if (quote is { } open)
            {
                if (c == '\\' && open == '"')
                {
                    i++;
                    column++;
                }
                else if (c == open)
                {
                    quote = null;
                }

                continue;
            }

            switch (c)
            {
                case '#':
                    comment = true;
                    break;
                case '"' or '\'':
                    quote = c;
                    break;
                case '[' or '{' when ++depth > Yaml.GuardedParser.MaxDepth:
                    return (line, column);
                case ']' or '}':
                    depth = Math.Max(0, depth - 1);
                    break;
            }
        }

        return null;
    }
}
