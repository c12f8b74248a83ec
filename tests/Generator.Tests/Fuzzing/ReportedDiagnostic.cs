using System.Text.Json;
using System.Text.RegularExpressions;

namespace Generator.Tests.Fuzzing;

/// <summary>A diagnostic as a command printed it: compiler-style on build's standard error, or in check's JSON report.</summary>
public sealed partial record ReportedDiagnostic(string Severity, string Code, string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}({Line},{Column}): {Severity} {Code}: {Message}";

    /// <summary>
    /// The diagnostics in build's standard error. Every line is a diagnostic or one of its hint
    /// lines; anything else (a stack trace, an unhandled-exception banner) breaks the property.
    /// </summary>
    public static List<ReportedDiagnostic> FromCompilerStyle(string stderr)
    {
        var result = new List<ReportedDiagnostic>();
        foreach (var line in stderr.Split('\n'))
        {
            if (line.Length == 0 || line.StartsWith("    hint: ", StringComparison.Ordinal))
            {
                continue;
            }

            var match = CompilerStyle().Match(line);
            if (!match.Success)
            {
                throw new FuzzPropertyException($"build printed a line that is neither a diagnostic nor a hint: {line}");
            }

            result.Add(new ReportedDiagnostic(match.Groups["severity"].Value, match.Groups["code"].Value, match.Groups["file"].Value,
                int.Parse(match.Groups["line"].Value), int.Parse(match.Groups["column"].Value), match.Groups["message"].Value));
        }

        return result;
    }

    /// <summary>The diagnostics of <c>check --format json</c>, with its error count.</summary>
    public static (List<ReportedDiagnostic> Diagnostics, int Errors) FromJson(string json)
    {
        JsonDocument report;
        try
        {
            report = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new FuzzPropertyException($"check --format json did not print JSON ({ex.Message}):\n{json}");
        }

        using (report)
        {
            var diagnostics = report.RootElement.GetProperty("diagnostics").EnumerateArray()
                .Select(d => new ReportedDiagnostic(d.GetProperty("severity").GetString()!, d.GetProperty("code").GetString()!, d.GetProperty("file").GetString()!,
                    d.GetProperty("line").GetInt32(), d.GetProperty("column").GetInt32(), d.GetProperty("message").GetString()!))
                .ToList();
            return (diagnostics, report.RootElement.GetProperty("errors").GetInt32());
        }
    }

    [GeneratedRegex(@"^(?<file>.*?)\((?<line>-?\d+),(?<column>-?\d+)\): (?<severity>error|warning) (?<code>GEN\d{3}): (?<message>.*)$")]
    private static partial Regex CompilerStyle();
}
