using Generator.Diagnostics;
using Scriban.Parsing;

namespace Generator.Rendering;

/// <summary>Turns Scriban's 0-based source spans into diagnostics in the template's file.</summary>
public static class TemplateDiagnostics
{
    public static Diagnostic At(SourceSpan span, string code, string message, string fallbackFile, string? hint = null)
    {
        var file = string.IsNullOrEmpty(span.FileName) ? fallbackFile : span.FileName;
        return new Diagnostic(Severity.Error, code, file, span.Start.Line + 1, span.Start.Column + 1, message, hint);
    }
}
