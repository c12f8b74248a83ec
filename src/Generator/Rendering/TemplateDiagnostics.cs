using Generator.Diagnostics;
using Scriban.Parsing;

namespace Generator.Rendering;

/// <summary>Turns Scriban's 0-based source spans into diagnostics in the template's file.</summary>
public static class TemplateDiagnostics
{
    /// <param name="text">The template's text: a span Scriban places nowhere (the end of the file, for an unexpected end) is put at its last character.</param>
    public static Diagnostic At(SourceSpan span, string code, string message, string fallbackFile, string? hint = null, string? text = null)
    {
        var file = string.IsNullOrEmpty(span.FileName) ? fallbackFile : span.FileName;
        if (span.Start.Line < 0 && text is not null)
        {
            var lines = text.TrimEnd('\n').Split('\n');
            return new Diagnostic(Severity.Error, code, file, lines.Length, Math.Max(1, lines[^1].Length), message, hint);
        }

        return new Diagnostic(Severity.Error, code, file, Math.Max(1, span.Start.Line + 1), Math.Max(1, span.Start.Column + 1), message, hint);
    }
}
