using System.Collections.Immutable;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Generator.Authoring;
using Generator.Configuration;
using Generator.Diagnostics;

namespace Generator.Cli.Reports;

/// <summary>
/// <c>translations --format json</c>: the report for scripts and CI, in a stable shape (see the
/// README): every key is always present, null where it does not apply; documents in key order,
/// versions in the order of <c>site.yml</c>'s languages. Without a usable <c>site.yml</c> there
/// are no languages nor documents, only the diagnostics.
/// </summary>
public static class TranslationJson
{
    /// <summary>The shape's version, raised only when a key changes meaning or goes away.</summary>
    public const int Version = 1;

    public static string Write(ImmutableArray<TranslationRow> rows, SiteConfig? config, TranslationAdvice advice, IReadOnlyList<Diagnostic> diagnostics)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", Version);
            json.WriteString("defaultLanguage", config?.DefaultLanguage);
            json.WriteStartArray("languages");
            foreach (var language in config?.Languages ?? [])
            {
                json.WriteStringValue(language.Code);
            }

            json.WriteEndArray();
            json.WriteStartObject("counts");
            foreach (var state in Enum.GetValues<TranslationState>().Where(s => s != TranslationState.Source))
            {
                json.WriteNumber(TranslationMatrix.Name(state), rows.Sum(r => r.Cells.Values.Count(c => c.State == state)));
            }

            json.WriteEndObject();
            json.WriteBoolean("passesStrict", !rows.Any(r => r.Cells.Values.Any(c => TranslationMatrix.FailsStrict(c.State))));
            json.WriteStartArray("documents");
            foreach (var row in rows)
            {
                WriteDocument(json, row, config!, advice);
            }

            json.WriteEndArray();
            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in diagnostics)
            {
                json.WriteStartObject();
                DiagnosticJson.WriteFields(json, diagnostic);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteDocument(Utf8JsonWriter json, TranslationRow row, SiteConfig config, TranslationAdvice advice)
    {
        json.WriteStartObject();
        json.WriteString("key", row.Key);
        json.WriteString("sourceLanguage", row.SourceLanguage);
        json.WriteString("sourceFile", row.SourceFile);
        json.WriteString("sourceHash", row.SourceHash);
        json.WriteStartArray("versions");
        foreach (var language in config.Languages)
        {
            var cell = row.Cells[language.Code];
            json.WriteStartObject();
            json.WriteString("language", language.Code);
            json.WriteString("state", TranslationMatrix.Name(cell.State));
            json.WriteString("file", cell.File);
            json.WriteBoolean("exists", cell.State != TranslationState.Missing);
            json.WriteString("translationKey", cell.TranslationKey);
            json.WriteString("reviewedHash", cell.ReviewedHash);
            WriteChanges(json, cell.Change);
            json.WriteString("meaning", TranslationAdvice.Meaning(cell.State));
            json.WriteString("nextStep", advice.NextStep(row, cell));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteChanges(Utf8JsonWriter json, SourceChange? change)
    {
        if (change is null)
        {
            json.WriteNull("changes");
            return;
        }

        json.WriteStartObject("changes");
        json.WriteStartArray("lines");
        foreach (var line in change.Lines)
        {
            json.WriteStartObject();
            json.WriteString("kind", line.Kind.ToString().ToLowerInvariant());
            json.WriteString("text", line.Text);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteNumber("more", change.More);
        json.WriteEndObject();
    }
}
