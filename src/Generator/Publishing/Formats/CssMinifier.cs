using System.Text;

namespace Generator.Publishing.Formats;

/// <summary>
/// Makes the theme's stylesheets smaller as they are published: comments go, runs of white
/// space become one space, and the spaces next to <c>{ } ; ,</c> and <c>&gt;</c> go. Strings
/// and <c>url(…)</c> are kept as written, and a space is never removed next to <c>:</c>
/// (<c>a :hover</c> and <c>a:hover</c> differ), so the rules mean what they meant.
/// </summary>
public static class CssMinifier
{
    private const string Tight = "{};,>";

    public static string Minify(string css)
    {
        var output = new StringBuilder(css.Length);
        var pendingSpace = false;
        for (var i = 0; i < css.Length; i++)
        {
            var c = css[i];
            if (c == '/' && i + 1 < css.Length && css[i + 1] == '*')
            {
                var end = css.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? css.Length : end + 1;
                pendingSpace = true;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace && output.Length > 0 && !Tight.Contains(output[^1]) && !Tight.Contains(c))
            {
                output.Append(' ');
            }

            pendingSpace = false;
            if (c is '"' or '\'')
            {
                var end = Closing(css, i, c);
                output.Append(css, i, end - i + 1);
                i = end;
                continue;
            }

            if (c == '(' && output.Length >= 3 && output.ToString(output.Length - 3, 3).Equals("url", StringComparison.OrdinalIgnoreCase))
            {
                var end = css.IndexOf(')', i);
                end = end < 0 ? css.Length - 1 : end;
                output.Append(css, i, end - i + 1);
                i = end;
                continue;
            }

            // The last declaration of a block needs no semicolon (a string always ends with its quote).
            if (c == '}' && output.Length > 0 && output[^1] == ';')
            {
                output.Length--;
            }

            output.Append(c);
        }

        return output.ToString();
    }

    /// <summary>The index of the quote that closes the string opened at <paramref name="start"/> (escapes skipped), or the text's end.</summary>
    private static int Closing(string css, int start, char quote)
    {
        for (var i = start + 1; i < css.Length; i++)
        {
            if (css[i] == '\\')
            {
                i++;
            }
            else if (css[i] == quote)
            {
                return i;
            }
        }

        return css.Length - 1;
    }
}
