using System.Globalization;
using System.Text;

namespace Generator.Diagnostics;

/// <summary>An author's text as a diagnostic quotes it: invisible characters shown as escapes, long text shortened.</summary>
public static class DiagnosticText
{
    public const int MaxLength = 80;

    public static string Quote(string text)
    {
        var builder = new StringBuilder(Math.Min(text.Length, MaxLength) + 8);
        foreach (var c in text.Length > MaxLength ? text[..MaxLength] : text)
        {
            var category = char.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                builder.Append(c);
            }
        }

        return text.Length > MaxLength ? builder.Append('…').ToString() : builder.ToString();
    }
}
