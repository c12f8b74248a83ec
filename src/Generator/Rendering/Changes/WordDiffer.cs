using System.Collections.Immutable;

namespace Generator.Rendering.Changes;

/// <summary>
/// Compares the texts of two versions of a block word by word (words keep the punctuation
/// attached to them, so <c>cities,</c> and <c>cities.</c> are two words, never a soup of
/// characters), or a code block line by line: runs of the words shared, deleted and inserted, in
/// the newer text's order with each deletion before the insertion that replaces it.
/// </summary>
internal static class WordDiffer
{
    public static ImmutableArray<WordRun> Words(string older, string newer) =>
        Runs(Changes.Words.Split(older), Changes.Words.Split(newer), " ");

    public static ImmutableArray<WordRun> Lines(string older, string newer) =>
        Runs(older.Split('\n'), newer.Split('\n'), "\n");

    private static ImmutableArray<WordRun> Runs(string[] older, string[] newer, string separator)
    {
        var runs = ImmutableArray.CreateBuilder<WordRun>();
        var n = 0;
        foreach (var difference in SequenceDiff.Between(older, newer))
        {
            Add(runs, WordRunKind.Same, newer.AsSpan(n, difference.NewerStart - n), separator);
            Add(runs, WordRunKind.Deleted, older.AsSpan(difference.OlderStart, difference.OlderCount), separator);
            Add(runs, WordRunKind.Inserted, newer.AsSpan(difference.NewerStart, difference.NewerCount), separator);
            n = difference.NewerStart + difference.NewerCount;
        }

        Add(runs, WordRunKind.Same, newer.AsSpan(n), separator);
        return runs.ToImmutable();
    }

    private static void Add(ImmutableArray<WordRun>.Builder runs, WordRunKind kind, ReadOnlySpan<string> items, string separator)
    {
        if (items.IsEmpty)
        {
            return;
        }

        var text = string.Join(separator, items);
        var words = 0;
        foreach (var item in items)
        {
            words += Changes.Words.Count(item);
        }

        runs.Add(new WordRun(kind, text, words));
    }
}
