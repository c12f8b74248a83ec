using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Generator.Diagnostics;

namespace Generator.Cli.Reports;

/// <summary><c>check --format json</c>: the diagnostics and their counts, for scripts and editors.</summary>
public static class JsonReport
{
    public static string Write(IReadOnlyList<Diagnostic> diagnostics)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("errors", diagnostics.Count(d => d.IsError));
            json.WriteNumber("warnings", diagnostics.Count(d => !d.IsError));
            json.WriteStartArray("diagnostics");
            foreach (var d in diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("severity", d.IsError ? "error" : "warning");
                json.WriteString("code", d.Code);
                json.WriteString("file", d.File);
                json.WriteNumber("line", d.Line);
                json.WriteNumber("column", d.Column);
                json.WriteString("message", d.Message);
                if (d.Hint is not null) json.WriteString("hint", d.Hint);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
