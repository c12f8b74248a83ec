using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Generator.Configuration;
using Generator.Configuration.Schema;
using Generator.Content;

namespace Generator.EditorSchemas;

/// <summary>
/// Writes one JSON Schema (draft 2020-12) per page type of the content model, for editors to
/// complete and check front matter while authors type: the generator's own keys, the type's
/// fields and its relations, with <c>title</c> and the required fields required.
/// </summary>
/// <remarks>
/// A key the page's type does not have is refused (<c>additionalProperties: false</c>): that is
/// what <c>check</c> warns about, as an unknown key (GEN014) or a key of another type (GEN063),
/// and editors show it as a problem at the key. <c>params:</c> takes custom values for templates.
/// Properties come in a fixed order (the generator's keys, then fields and relations as site.yml
/// declares them), so the same model always gives the same bytes.
/// </remarks>
public static class FrontMatterSchemaWriter
{
    public const string Dialect = "https://json-schema.org/draft/2020-12/schema";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The schema of each type of the model, then of term pages (the files in a taxonomy's content folder) when the site has a taxonomy.</summary>
    public static ImmutableArray<TypeSchema> Write(SiteConfig config)
    {
        var types = config.Model.Types;
        if (!config.Model.Taxonomies.IsEmpty && types.All(t => t.Name != TaxonomyDefinition.TermType) && config.Model.Type(TaxonomyDefinition.TermType) is { } term)
        {
            types = types.Add(term);
        }

        return [.. types.Select(type => new TypeSchema(type.Name, FileName(type.Name), Serialize(Schema(type, config))))];
    }

    public static string FileName(string typeName) => typeName + ".schema.json";

    /// <summary>A JSON document as the files hold it: two-space indents, LF, a final newline, text unescaped where JSON allows.</summary>
    public static string Serialize(JsonNode node) => node.ToJsonString(Json) + "\n";

    private static JsonObject Schema(TypeDefinition type, SiteConfig config)
    {
        var model = config.Model;
        var properties = new JsonObject();
        foreach (var key in FrontMatterKeys.All)
        {
            properties[key] = BuiltInKeySchemas.For(key, model);
        }

        // As the parser reads a key: the generator's own first, then a taxonomy's terms, then a
        // field (of this type, or the first of that name) before a relation.
        foreach (var taxonomy in model.Taxonomies.Where(t => properties[t.Name] is null))
        {
            properties[taxonomy.Name] = ValueSchemas.List($"Terms of the taxonomy '{taxonomy.Name}' in this language: [a, b].");
        }

        foreach (var field in type.Fields.Where(f => properties[f.Name] is null))
        {
            properties[field.Name] = FieldSchema(field);
        }

        foreach (var relation in type.Relations.Where(r => properties[r.Key] is null))
        {
            properties[relation.Key] = model.AnyField(relation.Key) is { } field ? FieldSchema(field) : RelationSchema(relation);
        }

        var required = new JsonArray(FrontMatterKeys.Title);
        foreach (var field in type.Fields.Where(f => f.Required && f.Default is null && f.Name != FrontMatterKeys.Title))
        {
            required.Add(field.Name);
        }

        return new JsonObject
        {
            ["$schema"] = Dialect,
            ["$id"] = new Uri(config.BaseUrl, "schemas/" + FileName(type.Name)).AbsoluteUri,
            ["title"] = $"Front matter of type '{type.Name}'",
            ["description"] = $"The front matter of pages of type '{type.Name}' ({(type.Kind == TypeKind.Entity ? "an entity" : "a document")}), "
                + "as input/site.yml declares it. Written by the generator's 'schema' command: run it again after changing the types in site.yml.",
            ["type"] = "object",
            ["properties"] = properties,
            ["required"] = required,
            ["additionalProperties"] = false,
        };
    }

    private static JsonObject FieldSchema(FieldDefinition field)
    {
        var description = field.Type switch
        {
            FieldType.Date => "A date: YYYY-MM-DD, optionally with a time (2019-04-09T14:30:00+02:00), or a month (YYYY-MM) or a year (YYYY).",
            FieldType.Number => "A number, such as 3 or 2.5.",
            FieldType.Bool => "true or false.",
            FieldType.List => "A list of texts: [a, b].",
            FieldType.Enum => "One of: " + string.Join(", ", field.Values) + ".",
            FieldType.Url => "An absolute URL (https://example.org/x) or a path from the site's root (/files/x.pdf).",
            FieldType.Reference => $"The id of a page{OfType(field.Targets)}.",
            _ => "A text.",
        };
        description = (field.Required && field.Default is null ? "Required. " : string.Empty) + description
            + (field.Default is { } text ? $" Default: {text}." : string.Empty);
        var schema = field.Type switch
        {
            FieldType.Date => ValueSchemas.Date(description),
            FieldType.Number => ValueSchemas.Number(description),
            FieldType.Bool => ValueSchemas.Bool(description),
            FieldType.List => ValueSchemas.List(description),
            FieldType.Enum => ValueSchemas.Enum(description, field.Values),
            FieldType.Url => ValueSchemas.Url(description),
            _ => ValueSchemas.PresentText(description),
        };
        if (!field.Required || field.Default is not null)
        {
            schema = ValueSchemas.Optional(schema);
        }

        if (field.Default is { } value && Default(field, value) is { } typed)
        {
            schema["default"] = typed;
        }

        return schema;
    }

    /// <summary>The default as an editor should insert it: a number, a boolean, a list, or the text.</summary>
    private static JsonNode? Default(FieldDefinition field, string text) => FieldValues.FromDefault(field, text) switch
    {
        double number when double.IsFinite(number) => JsonValue.Create(number),
        bool flag => JsonValue.Create(flag),
        ImmutableArray<string> list => new JsonArray([.. list.Select(item => (JsonNode)item)]),
        Dates.DateValue { Precision: Dates.DatePrecision.Year } year => JsonValue.Create(year.Start.Year),
        Dates.DateValue => JsonValue.Create(text),
        string plain => ValueSchemas.TryTyped(plain, out var typed) && typed is not null ? typed : JsonValue.Create(plain),
        _ => null,
    };

    private static JsonObject RelationSchema(RelationDefinition relation) =>
        ValueSchemas.List($"Ids of pages{OfType(relation.Targets)}: [an-id, section/another-id].");

    private static string OfType(ImmutableArray<string> targets) =>
        targets.IsEmpty ? string.Empty : " of type " + string.Join(" or ", targets);
}
