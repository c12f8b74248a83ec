using System.Text;

namespace Generator.Rendering.Changes;

/// <summary>
/// Words of a text: runs of characters between spaces. No-break spaces (U+00A0, U+2007, U+202F)
/// join rather than separate, so French <c>villes&#160;:</c> stays one word with its colon, as
/// <c>cities,</c> keeps its comma.
/// </summary>
internal static class Words
{
    public static bool IsSeparator(char c) => char.IsWhiteSpace(c) && c is not ('\u00A0' or '\u2007' or '\u202F');

    public static string[] Split(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var separator = i == text.Length || IsSeparator(text[i]);
            if (separator && start >= 0)
            {
                words.Add(text[start..i]);
                start = -1;
            }
            else if (!separator && start < 0)
            {
                start = i;
            }
        }

        return [.. words];
    }

    /// <summary>The text with each run of separating spaces made one space, and none at either end.</summary>
    public static string Normalize(string text) => string.Join(' ', Split(text));

    /// <summary>The text with every kind of space (no-break too) made one space, for comparing blocks.</summary>
    public static string Loose(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            if (!space)
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().TrimEnd(' ');
    }

    public static int Count(string text) => Split(text).Length;
}
