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
/// As the parser reads keys whatever the case of their letters A to Z, each key is also taken in
/// any other case (<c>patternProperties</c>, for <c>Title</c>), and a required key is required
/// only when no spelling of it is there (<c>if</c>/<c>then</c>, so editors still say which is missing).
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

        foreach (var (synonym, key) in FrontMatterKeys.SynonymsIn(model))
        {
            var schema = BuiltInKeySchemas.For(key, model);
            schema["description"] = $"Hugo's name for '{key}': " + (string?)schema["description"];
            properties[synonym] = schema;
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

        var required = new JsonArray(Required(FrontMatterKeys.Title));
        foreach (var field in type.Fields.Where(f => f.Required && f.Default is null && f.Name != FrontMatterKeys.Title))
        {
            required.Add(Required(field.Name));
        }

        var otherCases = new JsonObject();
        foreach (var (key, schema) in properties)
        {
            otherCases[$"^(?!{Escape(key)}$){Caseless(key)}$"] = schema!.DeepClone();
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
            ["patternProperties"] = otherCases,
            ["additionalProperties"] = false,
            ["allOf"] = required,
        };
    }

    /// <summary>A key's name in any case of its letters A to Z: <c>[Tt][Ii][Tt][Ll][Ee]</c>; other characters as themselves.</summary>
    internal static string Caseless(string key) => string.Concat(key.Select(c => char.IsAsciiLetter(c)
        ? $"[{char.ToUpperInvariant(c)}{char.ToLowerInvariant(c)}]"
        : Escape(c.ToString())));

    /// <summary>Text as a pattern matches it, with only the escapes both .NET and ECMAScript (in Unicode mode) read.</summary>
    private static string Escape(string text) => string.Concat(text.Select(c => @"\^$.|?*+()[]{}".Contains(c) ? "\\" + c : c.ToString()));

    /// <summary>A key required in one of its spellings: when no key is <paramref name="key"/> in any case, <paramref name="key"/> is missing.</summary>
    private static JsonObject Required(string key) => new()
    {
        ["if"] = new JsonObject { ["propertyNames"] = new JsonObject { ["not"] = new JsonObject { ["pattern"] = $"^{Caseless(key)}$" } } },
        ["then"] = new JsonObject { ["required"] = new JsonArray(key) },
    };

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
