using System.Collections.Immutable;
using System.Globalization;
using Generator.Configuration.Schema;
using Generator.Dates;
using Generator.Diagnostics;
using Generator.Yaml;
using YamlDotNet.RepresentationModel;

namespace Generator.Content;

/// <summary>
/// Reads a declared field's value as its type says (text, date, number, bool, list, enum, url,
/// reference), reporting a value of the wrong kind at its position, with a hint that shows the
/// right form. The values are plain: text, <see cref="DateValue"/>, double, bool, a list of texts.
/// </summary>
public static class FieldValues
{
    /// <summary>How dates are written, for the hints of wrong ones.</summary>
    public const string DateHint = "write a day as YYYY-MM-DD (a month YYYY-MM, a year YYYY), optionally with a time: 2019-04-09T14:30:00+02:00";

    public static object? Read(FieldDefinition field, YamlNode value, YamlSource yaml, string code)
    {
        switch (field.Type)
        {
            case FieldType.Date:
                if (yaml.String(value, DiagnosticCodes.InvalidDate) is not { } dateText)
                {
                    return null;
                }

                if (YamlDates.TryParse(dateText, out var date))
                {
                    return date;
                }

                yaml.Diagnostics.Error(DiagnosticCodes.InvalidDate, yaml.At(value), $"'{DiagnosticText.Quote(dateText)}' is not a valid date for '{field.Name}'", DateHint);
                return null;
            case FieldType.Number:
                if (value is YamlScalarNode { Value: { } number } && double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && double.IsFinite(parsed))
                {
                    return parsed;
                }

                return Wrong(field, value, yaml, code, "a number", "write a number, such as 3 or 2.5");
            case FieldType.Bool:
                return yaml.Bool(value, code);
            case FieldType.List:
                return yaml.StringList(value, code).Select(v => v.Value).ToImmutableArray();
            case FieldType.Enum:
                if (yaml.String(value, code) is not { } choice)
                {
                    return null;
                }

                if (field.Values.Contains(choice))
                {
                    return choice;
                }

                var suggestion = DidYouMean.Suggest(choice, field.Values);
                yaml.Diagnostics.Error(code, yaml.At(value), $"'{DiagnosticText.Quote(choice)}' is not a valid {field.Name}",
                    suggestion is null ? "use one of: " + string.Join(", ", field.Values) : $"did you mean '{suggestion}'?");
                return null;
            case FieldType.Url:
                if (yaml.String(value, code) is not { } url)
                {
                    return null;
                }

                if (url.StartsWith('/') || Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https" or "mailto")
                {
                    return url;
                }

                return Wrong(field, value, yaml, code, "a URL", "write an absolute URL (https://example.org/x) or a path from the site's root (/files/x.pdf)");
            default:
                return yaml.String(value, code);
        }
    }

    /// <summary>A default as site.yml writes it, as a value of the field's type.</summary>
    public static object? FromDefault(FieldDefinition field, string text) => field.Type switch
    {
        FieldType.Date => YamlDates.TryParse(text, out var date) ? date : null,
        FieldType.Number => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null,
        FieldType.Bool => text is "true" or "yes",
        FieldType.List => ImmutableArray.Create(text),
        _ => text,
    };

    /// <summary>A hint to add the field: <c>add a line 'status: draft'</c>.</summary>
    public static string Example(FieldDefinition field) => "add a line '" + Sample(field) + "'";

    /// <summary>How the field is written, for hints: <c>status: draft</c>.</summary>
    public static string Sample(FieldDefinition field) => field.Name + ": " + field.Type switch
    {
        FieldType.Date => "2019-04-09",
        FieldType.Number => "1",
        FieldType.Bool => "true",
        FieldType.List => "[a, b]",
        FieldType.Enum => field.Values.FirstOrDefault() ?? "value",
        FieldType.Url => "https://example.org/",
        FieldType.Reference => "an-id",
        _ => "text",
    };

    private static object? Wrong(FieldDefinition field, YamlNode value, YamlSource yaml, string code, string what, string hint)
    {
        yaml.Diagnostics.Error(code, yaml.At(value), $"expected {what} for '{field.Name}', found {YamlSource.Describe(value)}", hint);
        return null;
    }
}
