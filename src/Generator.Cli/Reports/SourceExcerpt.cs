using System.Text;

namespace Generator.Cli.Reports;

/// <summary>
/// A source line as a terminal shows it under a diagnostic: tabs expanded (so the caret lines up),
/// and a very long line cut to a window around the column, marked with ellipses.
/// </summary>
public static class SourceExcerpt
{
    public const int Width = 100;

    /// <summary>The text to print and how many characters precede the caret in it.</summary>
    public static (string Text, int Caret) Of(string line, int column)
    {
        var text = new StringBuilder(line.Length);
        var caret = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (i == column - 1)
            {
                caret = text.Length;
            }

            var c = line[i];
            if (c == '\t')
            {
                text.Append(' ', 4 - (text.Length % 4));
            }
            else if (c != '\r')
            {
                text.Append(char.IsControl(c) ? '\uFFFD' : c);
            }
        }

        if (column - 1 >= line.Length)
        {
            caret = text.Length;
        }

        if (text.Length <= Width + 20)
        {
            return (text.ToString(), caret);
        }

        var start = Math.Clamp(caret - (Width / 2), 0, text.Length - Width);
        var end = Math.Min(text.Length, start + Width);
        var window = (start > 0 ? "…" : string.Empty) + text.ToString(start, end - start) + (end < text.Length ? "…" : string.Empty);
        return (window, caret - start + (start > 0 ? 1 : 0));
    }
}
