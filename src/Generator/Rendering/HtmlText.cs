using System.Buffers;
using System.Text;

namespace Generator.Rendering;

/// <summary>Escapes text for HTML element content and quoted attribute values; other characters stay as they are.</summary>
public static class HtmlText
{
    /// <summary>The characters that are escaped.</summary>
    public static readonly SearchValues<char> Special = SearchValues.Create("&<>\"'");

    public static string Escape(string text)
    {
        var index = text.AsSpan().IndexOfAny(Special);
        if (index < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        builder.Append(text, 0, index);
        for (var i = index; i < text.Length; i++)
        {
            var c = text[i];
            if (Special.Contains(c))
            {
                builder.Append(EntityFor(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>The character reference written for one of the <see cref="Special"/> characters.</summary>
    public static string EntityFor(char c) => c switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '"' => "&quot;",
        '\'' => "&#39;",
        _ => c.ToString(),
    };
}
