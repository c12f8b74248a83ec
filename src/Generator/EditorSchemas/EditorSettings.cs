using System.Text.Json;
using System.Text.Json.Nodes;

namespace Generator.EditorSchemas;

/// <summary>
/// Updates the <c>yaml.schemas</c> setting of a VS Code settings file (read by the YAML
/// extension, redhat.vscode-yaml): each schema of the folder the generator writes maps to the
/// globs of its content files. Every other setting and every other schema mapping is kept, in
/// its order; the generator's own mappings are replaced as a whole, so a type that is gone
/// leaves no mapping behind. Comments in the file are not kept (VS Code reads it as JSON with
/// comments; it is written back as plain JSON).
/// </summary>
public static class EditorSettings
{
    public const string Key = "yaml.schemas";

    /// <param name="existing">The settings file's text, or null when there is none.</param>
    /// <param name="schemaFolder">The schemas' folder as the mappings name it (<c>./.vscode/schemas/</c>): mappings of <c>*.schema.json</c> files in it are the generator's.</param>
    /// <param name="mappings">Each schema's path, as the settings name it, with its globs.</param>
    /// <returns>The new text, or the problem that keeps the file from being updated.</returns>
    public static (string? Text, string? Problem) Update(string? existing, string schemaFolder, IEnumerable<(string Schema, IReadOnlyList<string> Globs)> mappings)
    {
        JsonObject settings;
        try
        {
            var parsed = string.IsNullOrWhiteSpace(existing)
                ? new JsonObject()
                : JsonNode.Parse(existing, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (parsed is not JsonObject root)
            {
                return (null, "it does not hold a JSON object of settings");
            }

            settings = root;
        }
        catch (JsonException ex)
        {
            return (null, $"it is not valid JSON ({ex.Message})");
        }

        if (settings[Key] is { } current && current is not JsonObject)
        {
            return (null, $"its '{Key}' is not an object of schemas to globs");
        }

        var schemas = settings[Key] as JsonObject ?? [];
        settings[Key] = schemas;
        foreach (var mine in schemas.Select(p => p.Key).Where(k => k.StartsWith(schemaFolder, StringComparison.Ordinal) && k.EndsWith(".schema.json", StringComparison.Ordinal)).ToList())
        {
            schemas.Remove(mine);
        }

        foreach (var (schema, globs) in mappings)
        {
            schemas[schema] = new JsonArray([.. globs.Select(g => (JsonNode)g)]);
        }

        return (FrontMatterSchemaWriter.Serialize(settings), null);
    }
}
