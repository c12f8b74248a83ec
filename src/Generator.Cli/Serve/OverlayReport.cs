using System.Text.Encodings.Web;
using System.Text.Json;
using Generator.Content;
using Generator.Diagnostics;
using Generator.IO;

namespace Generator.Cli.Serve;

/// <summary>
/// The data of the browser's error overlay: whether a good build is still served
/// (<c>hasLastGoodBuild</c>, false while none has succeeded), then the <c>errors</c> and the
/// <c>warnings</c>, each diagnostic with the two lines before and after it.
/// </summary>
public static class OverlayReport
{
    public static string Json(IReadOnlyList<Diagnostic> diagnostics, bool hasLastGoodBuild, IFileSystem fileSystem, string displayRoot)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteBoolean("hasLastGoodBuild", hasLastGoodBuild);
            WriteList(json, "errors", diagnostics.Where(d => d.IsError), fileSystem, displayRoot);
            WriteList(json, "warnings", diagnostics.Where(d => !d.IsError), fileSystem, displayRoot);
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteList(Utf8JsonWriter json, string name, IEnumerable<Diagnostic> diagnostics, IFileSystem fileSystem, string displayRoot)
    {
        json.WriteStartArray(name);
        foreach (var d in diagnostics)
        {
            json.WriteStartObject();
            Reports.DiagnosticJson.WriteFields(json, d);
            json.WriteStartArray("context");
            var lines = Lines(Path.Combine(displayRoot, d.File), fileSystem);
            for (var line = Math.Max(1, d.Line - 2); line <= Math.Min(lines.Length, d.Line + 2); line++)
            {
                json.WriteStartObject();
                json.WriteNumber("line", line);
                json.WriteString("text", lines[line - 1].TrimEnd('\r'));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static string[] Lines(string path, IFileSystem fileSystem)
    {
        try
        {
            // A symbolic link is never read for its lines: it may lead out of the site (GEN004).
            return fileSystem.FileExists(path) && !fileSystem.IsSymbolicLink(path) ? (TextDecoder.Decode(fileSystem.ReadAllBytes(path)) ?? string.Empty).Split('\n') : [];
        }
        catch (IOException)
        {
            return [];
        }
    }
}
