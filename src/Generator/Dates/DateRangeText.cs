namespace Generator.Dates;

/// <summary>
/// Two dates written as one range, without saying twice what they share: "9–10 April 2019",
/// "April 9–10, 2019", "9.–10. März 2019", "30 April – 2 May 2019", "2019–2020". Works on the two dates as the
/// language writes them, whatever its order of day, month and year: the text both begin and end
/// with is written once, never cutting a number in two. The dash is an en dash, spaced when
/// either differing part has a space in it.
/// </summary>
public static class DateRangeText
{
    /// <summary>The range's parts: the start as written (with what both begin with), the dash, and the end as written (with what both end with); the dash and the end are empty for one date.</summary>
    public static (string Start, string Dash, string End) Split(string start, string end)
    {
        if (start == end)
        {
            return (start, string.Empty, string.Empty);
        }

        var prefix = 0;
        while (prefix < start.Length && prefix < end.Length && start[prefix] == end[prefix])
        {
            prefix++;
        }

        // Back to where a word begins: a shared "1" of "19" and "10" is not a shared part.
        while (prefix > 0 && (char.IsLetterOrDigit(start[prefix - 1]) && (IsWordAt(start, prefix) || IsWordAt(end, prefix))))
        {
            prefix--;
        }

        var suffix = 0;
        while (suffix < start.Length - prefix && suffix < end.Length - prefix && start[^(suffix + 1)] == end[^(suffix + 1)])
        {
            suffix++;
        }

        while (suffix > 0 && char.IsLetterOrDigit(start[^suffix]) && (IsWordAt(start, start.Length - suffix - 1) || IsWordAt(end, end.Length - suffix - 1)))
        {
            suffix--;
        }

        // An ordinal's dot belongs to each number: "9.–10. März 2019".
        if (suffix > 0 && start[^suffix] == '.' && char.IsDigit(start[^(suffix + 1)]) && char.IsDigit(end[^(suffix + 1)]))
        {
            suffix--;
        }

        var (a, b) = (start[prefix..^suffix], end[prefix..^suffix]);
        var dash = a.Trim().Contains(' ') || b.Trim().Contains(' ') ? " – " : "–";
        return (start[..prefix] + a.TrimEnd(), dash, b.TrimStart() + end[^suffix..]);
    }

    private static bool IsWordAt(string text, int index) => index >= 0 && index < text.Length && char.IsLetterOrDigit(text[index]);
}
