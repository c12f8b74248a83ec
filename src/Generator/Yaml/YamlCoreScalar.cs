using System.Globalization;
using System.Text.RegularExpressions;

namespace Generator.Yaml;

/// <summary>
/// What a plain (unquoted) YAML scalar is under the YAML 1.2 core schema, as editors' YAML
/// servers read it: null, a boolean, a whole number, a number or a text. The generator itself
/// reads every scalar as text and converts it as the key asks (<see cref="YamlSource"/>); this
/// says what an editor sees, so that a JSON Schema for front matter accepts what the generator
/// accepts in the form the editor hands it over.
/// </summary>
public static partial class YamlCoreScalar
{
    /// <summary>The value of a scalar: <c>null</c>, a <see cref="bool"/>, a <see cref="long"/>, a <see cref="double"/> or the text itself (quoted scalars are always text).</summary>
    public static object? Resolve(string text, bool plain)
    {
        if (!plain)
        {
            return text;
        }

        if (text is "" or "~" or "null" or "Null" or "NULL")
        {
            return null;
        }

        if (text is "true" or "True" or "TRUE")
        {
            return true;
        }

        if (text is "false" or "False" or "FALSE")
        {
            return false;
        }

        if (Decimal().IsMatch(text))
        {
            return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole) ? whole : double.Parse(text, CultureInfo.InvariantCulture);
        }

        if (text.StartsWith("0x", StringComparison.Ordinal) && Hex().IsMatch(text[2..]) && long.TryParse(text[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex) && hex >= 0)
        {
            return hex;
        }

        if (text.StartsWith("0o", StringComparison.Ordinal) && Octal().IsMatch(text[2..]) && text.Length <= 23)
        {
            return Convert.ToInt64(text[2..], 8);
        }

        if (Float().IsMatch(text))
        {
            return double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        return text switch
        {
            ".inf" or ".Inf" or ".INF" or "+.inf" or "+.Inf" or "+.INF" => double.PositiveInfinity,
            "-.inf" or "-.Inf" or "-.INF" => double.NegativeInfinity,
            ".nan" or ".NaN" or ".NAN" => double.NaN,
            _ => text,
        };
    }

    [GeneratedRegex("^[-+]?[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Decimal();

    [GeneratedRegex("^[0-9a-fA-F]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Hex();

    [GeneratedRegex("^[0-7]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Octal();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Float();
}
