using System.Text.Json.Nodes;

namespace Generator.EditorSchemas;

/// <summary>
/// The JSON Schemas of the kinds of front-matter value, each accepting what the generator's
/// front-matter parser accepts, in the form an editor's YAML server hands it over (YAML 1.2
/// core: <c>true</c> is a boolean, <c>3</c> a number, <c>2019-04-09</c> and <c>yes</c> texts).
/// The generator reads every scalar as text, so a text key also takes numbers and booleans, a
/// boolean also takes <c>yes</c> and <c>no</c>, a number also its quoted form. Only keywords that
/// draft-07 tools understand too are used (editors' YAML servers still ship draft-07), and no
/// <c>$ref</c>, so every property reads the same everywhere.
/// </summary>
/// <remarks>
/// Known differences, all in forms authors hardly write: <c>~</c> or <c>null</c> as a text is
/// the text "~" or "null" to the generator and nothing to the schema; hexadecimal or octal
/// numbers and a whole number written <c>3.0</c> (or a year written <c>+2019</c> or <c>2019.0</c>)
/// pass the schema but not the generator; the slug pattern approximates "has a letter or digit"
/// after accents are folded; a time whose offset moves it before year 1 or after 9999 passes the
/// date pattern.
/// </remarks>
internal static class ValueSchemas
{
    /// <summary>
    /// A date as <see cref="Yaml.YamlDates"/> parses it: a year from 1000 on, a month, or a real
    /// calendar day (leap years included), optionally with <c>T</c> or a space and a time
    /// (<c>HH:mm</c>, <c>HH:mm:ss</c>, a fraction of a second of up to 9 digits) and an offset,
    /// with or without a space before it (<c>Z</c>, <c>+02:00</c>, <c>+0200</c>, <c>+02</c>, up to
    /// 14 hours). A year written alone is a number to an editor: <see cref="Date"/> takes it as one.
    /// </summary>
    public const string DatePattern =
        @"^\s*(?:[1-9][0-9]{3}|(?!0000)[0-9]{4}-(?:0[1-9]|1[0-2])"
        + @"|(?!0000)(?:[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))"
        + @"|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)"
        + "(?:[Tt ]" + Hour + ":" + Sixty + "(?::" + Sixty + @"(?:\.[0-9]{1,9})?)?(?: ?(?:" + Offset + "))?)?)" + @"\s*$";

    /// <summary>A boolean as text: true, false, yes or no in any case.</summary>
    public const string BoolPattern = "^(?:[Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee]|[Yy][Ee][Ss]|[Nn][Oo])$";

    /// <summary>A number as text, as <see cref="double.TryParse(string?, out double)"/> reads it with the invariant culture.</summary>
    public const string NumberPattern = @"^[\t-\r ]*[-+]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?[\t-\r ]*$";

    /// <summary>A whole number as text.</summary>
    public const string IntegerPattern = "^[-+]?[0-9]+$";

    /// <summary>A path from the site's root, or an absolute http, https or mailto URL.</summary>
    public const string UrlPattern = @"^(?:/|[Mm][Aa][Ii][Ll][Tt][Oo]:|[Hh][Tt][Tt][Pp][Ss]?://[^\s/?#][^\s]*$)";

    /// <summary>Some letter or digit, which a slug is made of (accented Latin letters fold to ASCII).</summary>
    public const string SlugPattern = @"[0-9A-Za-z\u00AA\u00B2\u00B3\u00B9\u00BA\u00BC-\u00BE\u00C0-\u00CF\u00D1-\u00D6\u00D8-\u00EF\u00F1-\u00F6\u00F8-\u024F]";

    private const string Hour = "(?:[01][0-9]|2[0-3])";
    private const string Sixty = "[0-5][0-9]";
    private const string Offset = "[Zz]|[+-](?:(?:0[0-9]|1[0-3])(?::?[0-5][0-9])?|14(?::?00)?)";

    /// <summary>Any scalar: the generator reads numbers and booleans as their text; an empty value is an empty text.</summary>
    public static JsonObject Text(string description) => new()
    {
        ["description"] = description,
        ["type"] = Types("string", "number", "boolean", "null"),
    };

    /// <summary>A scalar written with a value: a field's text (blank is a text; empty is no value).</summary>
    public static JsonObject PresentText(string description) => new()
    {
        ["description"] = description,
        ["type"] = Types("string", "number", "boolean"),
        ["minLength"] = 1,
    };

    /// <summary>
    /// A declared field that may be left empty (<c>lead:</c> or <c>lead: ""</c>): the parser
    /// takes it as not written, which a field that is not required (or has a default) may be.
    /// </summary>
    public static JsonObject Optional(JsonObject schema)
    {
        if (schema["type"] is JsonValue single)
        {
            schema["type"] = Types((string)single!, "null");
        }
        else if (schema["type"] is JsonArray types)
        {
            types.Add("null");
        }

        if (schema["pattern"] is JsonValue pattern)
        {
            schema["pattern"] = "^$|" + (string)pattern!;
        }

        if (schema["enum"] is JsonArray values)
        {
            values.Add("");
            values.Add(null);
        }

        schema.Remove("minLength");
        return schema;
    }

    /// <summary>A scalar that is not empty or blank.</summary>
    public static JsonObject RequiredText(string description) => new()
    {
        ["description"] = description,
        ["type"] = Types("string", "number", "boolean"),
        ["pattern"] = @"\S",
    };

    /// <summary>A date as text, or a year as the number an editor reads in <c>2019</c>.</summary>
    public static JsonObject Date(string description) => new()
    {
        ["description"] = description,
        ["type"] = Types("string", "integer"),
        ["minimum"] = 1000,
        ["maximum"] = 9999,
        ["pattern"] = DatePattern,
    };

    public static JsonObject Bool(string description) => new()
    {
        ["description"] = description,
        ["type"] = Types("boolean", "string"),
        ["pattern"] = BoolPattern,
    };

    public static JsonObject Number(string description) => new()
    {
        ["description"] = description,
        ["type"] = Types("number", "string"),
        ["pattern"] = NumberPattern,
    };

    /// <summary>A whole number that fits 32 bits.</summary>
    public static JsonObject Integer(string description) => new()
    {
        ["description"] = description,
        ["type"] = Types("integer", "string"),
        ["minimum"] = int.MinValue,
        ["maximum"] = int.MaxValue,
        ["pattern"] = IntegerPattern,
    };

    /// <summary>A list of texts; one text that is not empty is a list of one.</summary>
    public static JsonObject List(string description) => new()
    {
        ["description"] = description,
        ["type"] = Types("array", "string", "number", "boolean"),
        ["minLength"] = 1,
        ["items"] = new JsonObject { ["type"] = Types("string", "number", "boolean", "null") },
    };

    public static JsonObject Url(string description) => new()
    {
        ["description"] = description,
        ["type"] = "string",
        ["format"] = "uri-reference",
        ["pattern"] = UrlPattern,
    };

    /// <summary>A page's path as <see cref="Content.PagePath"/> reads it; a path of digits is a number to an editor.</summary>
    public static JsonObject PagePath(string description) => new()
    {
        ["description"] = description,
        ["type"] = Types("string", "integer", "boolean"),
        ["pattern"] = Content.PagePath.Pattern,
    };

    public static JsonObject Slug(string description) => new()
    {
        ["description"] = description,
        ["type"] = Types("string", "number", "boolean"),
        ["pattern"] = SlugPattern,
    };

    /// <summary>One of the values, each as text and, where an editor reads it as a number, boolean or null, in that form too.</summary>
    public static JsonObject Enum(string description, IEnumerable<string> values)
    {
        var allowed = new JsonArray();
        foreach (var value in values)
        {
            allowed.Add(value);
            if (TryTyped(value, out var typed))
            {
                allowed.Add(typed);
            }
        }

        return new JsonObject { ["description"] = description, ["enum"] = allowed };
    }

    public static JsonObject Mapping(string description) => new()
    {
        ["description"] = description,
        ["type"] = "object",
    };

    /// <summary>A text as an editor reads it when written plain, when that is not a text: a JSON number, boolean or null.</summary>
    public static bool TryTyped(string text, out JsonNode? typed)
    {
        (var found, typed) = Yaml.YamlCoreScalar.Resolve(text, plain: true) switch
        {
            null => (true, (JsonNode?)null),
            bool flag => (true, JsonValue.Create(flag)),
            long whole => (true, JsonValue.Create(whole)),
            double number when double.IsFinite(number) => (true, JsonValue.Create(number)),
            _ => (false, null),
        };
        return found;
    }

    private static JsonArray Types(params string[] types) => [.. types.Select(t => (JsonNode)t)];
}
