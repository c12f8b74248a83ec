using System.Text.Json;
using Generator.Diagnostics;

namespace Generator.Cli.Reports;

/// <summary>The fields every JSON form of a diagnostic carries (check's report, serve's overlay).</summary>
public static class DiagnosticJson
{
    public static void WriteFields(Utf8JsonWriter json, Diagnostic diagnostic)
    {
        json.WriteString("severity", diagnostic.IsError ? "error" : "warning");
        json.WriteString("code", diagnostic.Code);
        json.WriteString("file", diagnostic.File);
        json.WriteNumber("line", diagnostic.Line);
        json.WriteNumber("column", diagnostic.Column);
        json.WriteString("message", diagnostic.Message);
        if (diagnostic.Hint is not null)
        {
            json.WriteString("hint", diagnostic.Hint);
        }
    }
}
