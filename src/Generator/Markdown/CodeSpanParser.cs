using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;

namespace Generator.Markdown;

/// <summary>
/// Markdig's code span parser, told at once when a run of backticks has no closing run of the
/// same length further in its paragraph (and so stays text). Markdig looks for one up to the
/// end of the paragraph from every run: a paragraph of runs of 1, 2, 3... 10,000 backticks took
/// it minutes. One pass over the paragraph, the first time a backtick is met in it, records
/// where the last run of each length starts.
/// </summary>
internal sealed class CodeSpanParser : CodeInlineParser
{
    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        if (start > 0 && text[start - 1] == '`')
        {
            // Inside a run: Markdig's parser declines too (it only opens at a run's first backtick).
            return false;
        }

        var runs = processor.GetParserState<LastRuns>(this);
        if (!ReferenceEquals(runs.Text, text) || runs.End != slice.End || runs.From > start)
        {
            runs.Record(text, start, slice.End);
        }

        var length = 0;
        while (start + length <= slice.End && text[start + length] == '`')
        {
            length++;
        }

        // A closing run is a whole run of the same length after this one.
        return runs.LastStart.TryGetValue(length, out var last) && last > start && base.Match(processor, ref slice);
    }

    /// <summary>Where the last run of backticks of each length starts, from <see cref="From"/> to <see cref="End"/> (inclusive) of <see cref="Text"/>.</summary>
    private sealed class LastRuns
    {
        public string? Text { get; private set; }

        public int From { get; private set; }

        public int End { get; private set; }

        public Dictionary<int, int> LastStart { get; } = [];

        public void Record(string text, int from, int end)
        {
            (Text, From, End) = (text, from, end);
            LastStart.Clear();
            var i = from;
            while (i <= end)
            {
                if (text[i] != '`')
                {
                    i++;
                    continue;
                }

                var runStart = i;
                while (i <= end && text[i] == '`')
                {
                    i++;
                }

                LastStart[i - runStart] = runStart;
            }
        }
    }
}
