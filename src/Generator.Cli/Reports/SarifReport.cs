using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Generator.Diagnostics;

namespace Generator.Cli.Reports;

/// <summary>
/// <c>check --format sarif</c>: SARIF 2.1.0, so code hosts annotate the changed lines of a pull
/// request. One run, one rule per diagnostic code used, one result per diagnostic.
/// </summary>
public static class SarifReport
{
    public static string Write(IReadOnlyList<Diagnostic> diagnostics)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "Generator");
            json.WriteString("informationUri", "https://migration-integration.netlify.app/");
            json.WriteStartArray("rules");
            foreach (var code in diagnostics.Select(d => d.Code).Distinct().Order(StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteString("id", code);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartArray("results");
            foreach (var d in diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("ruleId", d.Code);
                json.WriteString("level", d.IsError ? "error" : "warning");
                json.WriteStartObject("message");
                json.WriteString("text", d.Hint is null ? d.Message : $"{d.Message} ({d.Hint})");
                json.WriteEndObject();
                json.WriteStartArray("locations");
                json.WriteStartObject();
                json.WriteStartObject("physicalLocation");
                json.WriteStartObject("artifactLocation");
                json.WriteString("uri", d.File);
                json.WriteEndObject();
                json.WriteStartObject("region");
                json.WriteNumber("startLine", d.Line);
                json.WriteNumber("startColumn", d.Column);
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
