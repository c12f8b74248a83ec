using System.Globalization;
using System.Text;

namespace Generator.Content;

/// <summary>
/// Makes URL slugs: lowercase ASCII letters, digits and single hyphens, with accents folded
/// (<c>intégration</c> becomes <c>integration</c>) and ligatures spelt out.
/// </summary>
public static class Slugifier
{
    public static string Slugify(string text)
    {
        // Text that cannot be normalized (a noncharacter such as U+FFFE) is slugified as written.
        var decomposed = TryNormalize(text);
        var builder = new StringBuilder(decomposed.Length);
        var pendingHyphen = false;
        foreach (var c in decomposed)
        {
            var folded = Fold(c);
            if (folded is null)
            {
                continue;
            }

            foreach (var ch in folded)
            {
                if (ch is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
                {
                    if (pendingHyphen && builder.Length > 0)
                    {
                        builder.Append('-');
                    }

                    pendingHyphen = false;
                    builder.Append(ch);
                }
                else
                {
                    pendingHyphen = true;
                }
            }
        }

        return builder.ToString();
    }

    private static string? Fold(char c)
    {
        if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
        {
            return null; // a combining accent left by the decomposition
        }

        // Apostrophes join words rather than split them: "l'été" -> "lete" would hide the article,
        // so they become separators like spaces, as in most generators.
        return c switch
        {
            'ß' => "ss",
            'æ' or 'Æ' => "ae",
            'œ' or 'Œ' => "oe",
            'ø' or 'Ø' => "o",
            'đ' or 'Đ' => "d",
            'ł' or 'Ł' => "l",
            'þ' or 'Þ' => "th",
            _ => char.ToLowerInvariant(c).ToString(),
        };
    }

    private static string TryNormalize(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormKD);
        }
        catch (ArgumentException)
        {
            return text;
        }
    }
}
