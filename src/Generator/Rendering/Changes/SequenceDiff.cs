using System.Collections.Immutable;
using DiffPlex;

namespace Generator.Rendering.Changes;

/// <summary>
/// The differences between two sequences of strings (block keys, words or lines), found by
/// DiffPlex: each a run of the older sequence replaced by a run of the newer one, in order.
/// </summary>
internal static class SequenceDiff
{
    public static ImmutableArray<Difference> Between(IReadOnlyList<string> older, IReadOnlyList<string> newer)
    {
        if (older.Count == 0 || newer.Count == 0)
        {
            return older.Count == 0 && newer.Count == 0 ? [] : [new Difference(0, older.Count, 0, newer.Count)];
        }

        // each distinct string becomes a number, so no text can hold the line break DiffPlex splits on
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = Differ.Instance.CreateDiffs(Numbered(older, numbers), Numbered(newer, numbers), ignoreWhiteSpace: false, ignoreCase: false, LineChunker);
        return [.. result.DiffBlocks.Select(b => new Difference(b.DeleteStartA, b.DeleteCountA, b.InsertStartB, b.InsertCountB))];
    }

    private static readonly IChunker LineChunker = new LineSplitter();

    private static string Numbered(IReadOnlyList<string> items, Dictionary<string, int> numbers) =>
        string.Join('\n', items.Select(item =>
        {
            if (!numbers.TryGetValue(item, out var number))
            {
                number = numbers.Count;
                numbers.Add(item, number);
            }

            return number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }));

    /// <summary>Lines on LF, nothing kept of the breaks.</summary>
    private sealed class LineSplitter : IChunker
    {
        public IReadOnlyList<string> Chunk(string str) => str.Split('\n');
    }
}
