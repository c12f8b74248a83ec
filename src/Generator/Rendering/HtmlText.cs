using System.Buffers;
using System.Text;

namespace Generator.Rendering;

/// <summary>
/// Escapes text for HTML element content and quoted attribute values; control characters, which
/// HTML forbids even as references, become U+FFFD; other characters stay as they are.
/// </summary>
public static class HtmlText
{
    /// <summary>The characters that are escaped or replaced.</summary>
    public static readonly SearchValues<char> Special = SearchValues.Create(
        "&<>\"'\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F"
        + string.Concat(Enumerable.Range(0x7F, 0x21).Select(c => (char)c)));

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
        _ => "\uFFFD",
    };
}
