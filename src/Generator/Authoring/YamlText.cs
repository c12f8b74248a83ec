using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Generator.Authoring;

/// <summary>Texts written as YAML scalars that read back as the same text.</summary>
public static partial class YamlText
{
    /// <summary>A double-quoted scalar: backslashes, quotes and control characters escaped.</summary>
    public static string Quoted(string text)
    {
        var result = new StringBuilder("\"");
        foreach (var c in text)
        {
            result.Append(c switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                '\n' => "\\n",
                '\t' => "\\t",
                '\r' => "\\r",
                _ when char.IsControl(c) => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return result.Append('"').ToString();
    }

    /// <summary>The text as it is when YAML reads it back unchanged (<c>draft</c>, <c>web-only</c>), else quoted.</summary>
    public static string Plain(string text) =>
        SafePlain().IsMatch(text) && !Reserved().IsMatch(text) ? text : Quoted(text);

    [GeneratedRegex(@"^[\p{L}\p{N}][\p{L}\p{N} ._/+-]*(?<! )$")]
    private static partial Regex SafePlain();

    [GeneratedRegex("^(true|false|yes|no|on|off|null|y|n)$", RegexOptions.IgnoreCase)]
    private static partial Regex Reserved();
}
