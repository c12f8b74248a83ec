using System.Text;

namespace Generator.Markdown.Typography;

/// <summary>
/// Applies a language's <see cref="TypographyRules"/> to the text of one block, given as
/// <see cref="TextSegment"/>s: straight quotes become the language's quotation marks, an
/// apostrophe between letters becomes ’, and French text gets its no-break spaces (see
/// <see cref="FrenchSpaces"/>). Only editable segments change; the others are read for context,
/// so a quote after a code span still closes. A mark at the start of a line gets no space, a
/// colon gets one only before a space or the end (never in <c>10:30</c> or <c>http://</c>), and
/// a space the author already typed as a no-break space is kept: running it twice changes nothing.
/// </summary>
public sealed class TextTypographer(TypographyRules rules)
{
    /// <summary>Plain text (a title, a summary) as one editable segment.</summary>
    public string Apply(string text) => Apply([new TextSegment(text, Editable: true)])[0];

    /// <summary>The text of each segment after typography, in order (a segment that is not editable comes back as it was).</summary>
    public IReadOnlyList<string> Apply(IReadOnlyList<TextSegment> segments)
    {
        var text = new StringBuilder();
        foreach (var segment in segments) text.Append(segment.Text);
        var all = text.ToString();
        var result = segments.Select(s => s.Text).ToArray();
        if (!Concerns(all))
        {
            return result;
        }

        var editable = new bool[all.Length];
        var at = 0;
        foreach (var segment in segments)
        {
            for (var i = 0; i < segment.Text.Length; i++) editable[at + i] = segment.Editable && !(i == 0 && segment.FirstFixed);
            at += segment.Text.Length;
        }

        var replacements = new TypographyScan(rules, all, editable).Replacements();
        at = 0;
        for (var s = 0; s < segments.Count; s++)
        {
            var length = segments[s].Text.Length;
            if (segments[s].Editable && Changed(replacements, at, length))
            {
                text.Clear();
                for (var i = at; i < at + length; i++) text.Append(replacements[i] ?? all[i].ToString());
                result[s] = text.ToString();
            }

            at += length;
        }

        return result;
    }

    /// <summary>Whether the text has anything the rules would change (a block none of whose text does is left as it is).</summary>
    public bool Concerns(ReadOnlySpan<char> text) =>
        text.IndexOfAny(rules.FrenchSpacing ? "\"';:!?«»" : "\"'") >= 0;

    private static bool Changed(string?[] replacements, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (replacements[i] is not null) return true;
        }

        return false;
    }
}
