namespace Generator.Rendering.KnowledgeMap;

/// <summary>
/// The width a label takes in a sans-serif font, estimated from the widths of its letters (no
/// font is read, so the estimate is the same on every machine), and a title shortened to a width.
/// </summary>
public static class LabelText
{
    private const string Ellipsis = "…";

    /// <summary>The estimated width of <paramref name="text"/> at <paramref name="fontSize"/>, a little wide rather than narrow.</summary>
    public static double Width(string text, double fontSize)
    {
        var ems = 0.0;
        foreach (var c in text)
        {
            ems += Em(c);
        }

        return ems * fontSize * 1.06;
    }

    /// <summary>
    /// <paramref name="title"/> when it fits in <paramref name="maxWidth"/>; else its words up to
    /// the width, with an ellipsis (a single long word is cut within it).
    /// </summary>
    public static string Shorten(string title, double maxWidth, double fontSize)
    {
        var text = string.Join(' ', title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (Width(text, fontSize) <= maxWidth)
        {
            return text;
        }

        var room = maxWidth - Width(Ellipsis, fontSize);
        var end = 0;
        while (end < text.Length && Width(text[..(end + 1)], fontSize) <= room)
        {
            end++;
        }

        var space = text.LastIndexOf(' ', Math.Max(0, end - 1));
        var cut = space > end / 2 ? space : end;
        return text[..cut].TrimEnd(' ', ',', ';', ':', '–', '-', '(') + Ellipsis;
    }

    /// <summary>A letter's width in ems, after the proportions of common sans-serif faces.</summary>
    private static double Em(char c) => c switch
    {
        ' ' or 'i' or 'j' or 'l' or '.' or ',' or '\'' or '’' or '‘' or '|' or '!' or ':' or ';' => 0.28,
        'f' or 't' or 'r' or 'I' or '(' or ')' or '[' or ']' or '-' or '/' => 0.36,
        'm' or 'w' => 0.85,
        'M' or 'W' => 0.9,
        '…' or '—' => 1.0,
        '–' => 0.56,
        >= '0' and <= '9' => 0.56,
        >= 'A' and <= 'Z' => 0.68,
        >= 'a' and <= 'z' => 0.54,
        _ when char.IsUpper(c) => 0.7,
        _ => 0.58,
    };
}
