using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using DiffPlex;
using DiffPlex.Model;

namespace Generator.Authoring;

/// <summary>How a line of the source changed since a translation was reviewed.</summary>
public enum ChangeKind
{
    /// <summary>A new line (a paragraph, list item, heading...).</summary>
    Added,

    /// <summary>A line that is gone.</summary>
    Removed,

    /// <summary>A line edited in place: its text marks the words removed <c>[-so-]</c> and added <c>{+so+}</c>.</summary>
    Changed,
}

/// <summary>One changed line: <c>title: …</c> and <c>summary: …</c> stand for those fields, other lines are the body's.</summary>
public sealed record ChangedLine(ChangeKind Kind, string Text);

/// <summary>The first changed lines of a source since a review, and how many more there are.</summary>
public sealed record SourceChange(ImmutableArray<ChangedLine> Lines, int More)
{
    /// <summary>True when only spacing or blank lines changed (the hash still differs).</summary>
    public bool OnlySpacing => Lines.IsEmpty && More == 0;

    public bool Equals(SourceChange? other) => other is not null && Lines.SequenceEqual(other.Lines) && More == other.More;

    public override int GetHashCode() => HashCode.Combine(Lines.Length, More);
}

/// <summary>
/// A short diff of a source's text (title, summary, body) between the version a translation was
/// reviewed against and now, for a translator: lines of the body, with blank lines and spacing
/// ignored; a line edited in place shows its changed words with a few words around them
/// (<c>The [-old-]{+new+} text</c>) rather than as a removed and an added line. At most
/// <c>maxLines</c> lines are given, each cut to about <c>maxWidth</c> characters, and the count of
/// the rest. Deterministic and without state.
/// </summary>
public static partial class SourceDiff
{
    public const int DefaultMaxLines = 5;

    public const int DefaultMaxWidth = 120;

    /// <summary>Unchanged words kept on each side of a change within a changed line.</summary>
    private const int ContextWords = 4;

    /// <summary>How far ahead (in added lines) an edited line's new version is looked for.</summary>
    private const int PairingWindow = 3;

    public static SourceChange Between(SourceText before, SourceText after, int maxLines = DefaultMaxLines, int maxWidth = DefaultMaxWidth)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxLines);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxWidth, 20);
        var result = Differ.Instance.CreateDiffs(Lines(before), Lines(after), ignoreWhiteSpace: true, ignoreCase: false, new LineSplitter());
        var lines = new List<ChangedLine>();
        foreach (var block in result.DiffBlocks)
        {
            var removed = Visible(result.PiecesOld, block.DeleteStartA, block.DeleteCountA);
            var added = Visible(result.PiecesNew, block.InsertStartB, block.InsertCountB);
            Pair(removed, added, lines, maxWidth);
        }

        return new SourceChange([.. lines.Take(maxLines)], Math.Max(0, lines.Count - maxLines));
    }

    /// <summary>The text as lines: the title and summary as <c>title: …</c> and <c>summary: …</c>, then the body's lines.</summary>
    private static string Lines(SourceText text)
    {
        var lines = new StringBuilder();
        lines.Append("title: ").Append(OneLine(text.Title)).Append('\n');
        if (!string.IsNullOrWhiteSpace(text.Summary))
        {
            lines.Append("summary: ").Append(OneLine(text.Summary)).Append('\n');
        }

        return lines.Append(text.Body.Trim()).ToString();
    }

    private static string OneLine(string value) => Spaces().Replace(value.Trim(), " ");

    private static List<string> Visible(IReadOnlyList<string> pieces, int start, int count) =>
        [.. Enumerable.Range(start, count).Select(i => pieces[i].Trim()).Where(line => line.Length > 0)];

    /// <summary>
    /// Each removed line in order is paired with the first of the next few added lines it mostly
    /// shares its words with (an edit in place); added lines passed over are additions.
    /// </summary>
    private static void Pair(List<string> removed, List<string> added, List<ChangedLine> output, int maxWidth)
    {
        var next = 0;
        foreach (var old in removed)
        {
            var match = -1;
            string? marked = null;
            for (var i = next; i < Math.Min(added.Count, next + PairingWindow) && match < 0; i++)
            {
                if (WordDiff(old, added[i], maxWidth) is { } words)
                {
                    (match, marked) = (i, words);
                }
            }

            if (match < 0)
            {
                output.Add(new ChangedLine(ChangeKind.Removed, Cut(old, maxWidth)));
                continue;
            }

            output.AddRange(added[next..match].Select(line => new ChangedLine(ChangeKind.Added, Cut(line, maxWidth))));
            if (marked!.Length > 0)
            {
                output.Add(new ChangedLine(ChangeKind.Changed, marked));
            }

            next = match + 1;
        }

        output.AddRange(added[next..].Select(line => new ChangedLine(ChangeKind.Added, Cut(line, maxWidth))));
    }

    /// <summary>
    /// The new line with its changed words marked, when the two lines share at least half their
    /// text; empty when they differ only in spacing; null when they are different lines.
    /// </summary>
    private static string? WordDiff(string before, string after, int maxWidth)
    {
        var diff = Differ.Instance.CreateDiffs(before, after, ignoreWhiteSpace: false, ignoreCase: false, new WordSplitter());
        var kept = Length(diff.PiecesNew, 0, diff.PiecesNew.Count) - diff.DiffBlocks.Sum(b => Length(diff.PiecesNew, b.InsertStartB, b.InsertCountB));
        if (kept * 2 < Math.Max(NonSpace(before), NonSpace(after)))
        {
            return null;
        }

        var parts = new List<(bool Changed, string Text)>();
        var position = 0;
        foreach (var block in diff.DiffBlocks)
        {
            parts.Add((false, string.Concat(diff.PiecesNew.Skip(position).Take(block.InsertStartB - position))));
            var goneText = string.Concat(diff.PiecesOld.Skip(block.DeleteStartA).Take(block.DeleteCountA));
            var comeText = string.Concat(diff.PiecesNew.Skip(block.InsertStartB).Take(block.InsertCountB));
            var (gone, come) = (goneText.Trim(), comeText.Trim());
            if (gone.Length > 0 || come.Length > 0)
            {
                // the spaces at either end of the change stay outside its marks
                var lead = goneText.Length > 0 && char.IsWhiteSpace(goneText[0]) || comeText.Length > 0 && char.IsWhiteSpace(comeText[0]) ? " " : string.Empty;
                var trail = goneText.Length > 0 && char.IsWhiteSpace(goneText[^1]) || comeText.Length > 0 && char.IsWhiteSpace(comeText[^1]) ? " " : string.Empty;
                parts.Add((true, lead + (gone.Length > 0 ? $"[-{gone}-]" : string.Empty) + (come.Length > 0 ? $"{{+{come}+}}" : string.Empty) + trail));
            }
            else
            {
                parts.Add((false, string.Concat(diff.PiecesNew.Skip(block.InsertStartB).Take(block.InsertCountB))));
            }

            position = block.InsertStartB + block.InsertCountB;
        }

        if (!parts.Any(p => p.Changed))
        {
            return string.Empty;
        }

        parts.Add((false, string.Concat(diff.PiecesNew.Skip(position))));
        return Cut(Spaces().Replace(Elide(parts), " ").Trim(), maxWidth);
    }

    /// <summary>Joins the parts, keeping only a few unchanged words around each change.</summary>
    private static string Elide(List<(bool Changed, string Text)> parts)
    {
        var text = new StringBuilder();
        for (var i = 0; i < parts.Count; i++)
        {
            var (changed, part) = parts[i];
            if (changed)
            {
                text.Append(part);
                continue;
            }

            var words = part.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            var first = i == 0;
            var last = i == parts.Count - 1;
            if (words.Length <= (first || last ? ContextWords : 2 * ContextWords))
            {
                text.Append(part);
                continue;
            }

            var lead = char.IsWhiteSpace(part[0]) ? " " : string.Empty;
            var trail = char.IsWhiteSpace(part[^1]) ? " " : string.Empty;
            text.Append(first ? "…" : lead + string.Join(' ', words[..ContextWords]));
            text.Append(first || last ? " " : " … ");
            text.Append(last ? "…" : string.Join(' ', words[^ContextWords..]) + trail);
        }

        return text.ToString();
    }

    private static int Length(IReadOnlyList<string> pieces, int start, int count) =>
        Enumerable.Range(start, count).Sum(i => NonSpace(pieces[i]));

    private static int NonSpace(string text) => text.Count(c => !char.IsWhiteSpace(c));

    private static string Cut(string line, int maxWidth) =>
        line.Length <= maxWidth ? line : line[..(char.IsHighSurrogate(line[maxWidth - 2]) ? maxWidth - 2 : maxWidth - 1)].TrimEnd() + "…";

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    /// <summary>Lines, on LF (the texts are normalised).</summary>
    private sealed class LineSplitter : IChunker
    {
        public IReadOnlyList<string> Chunk(string str) => str.Split('\n');
    }

    /// <summary>Words (letters, digits and joiners), runs of spaces, and each other character alone; together, the whole line.</summary>
    private sealed partial class WordSplitter : IChunker
    {
        public IReadOnlyList<string> Chunk(string str) => [.. Token().Matches(str).Select(m => m.Value)];

        [GeneratedRegex(@"[\p{L}\p{M}\p{N}_'’-]+|\s+|[\uD800-\uDBFF][\uDC00-\uDFFF]|.", RegexOptions.Singleline)]
        private static partial Regex Token();
    }
}
