using System.Collections.Immutable;

namespace Generator.Rendering.Changes;

/// <summary>
/// Aligns the blocks of two versions: blocks with the same kind and text are the same block
/// (DiffPlex on the sequences of blocks); within each run of removed and added blocks, a removed
/// block is paired, as an edit in place, with one of the next few added blocks of the same kind
/// that shares at least 40% of its words (a heading replaced by one heading of the same level,
/// with nothing else changed around it, is paired however different: a renamed heading). Then every
/// heading is given an id that is unique in the comparison.
/// </summary>
internal static class BlockAligner
{
    /// <summary>How many added blocks ahead a removed block's new version is looked for.</summary>
    private const int PairingWindow = 4;

    private const double Similar = 0.4;

    public static ImmutableArray<AlignedBlock> Align(ImmutableArray<Block> older, ImmutableArray<Block> newer, CancellationToken cancellationToken)
    {
        var aligned = ImmutableArray.CreateBuilder<AlignedBlock>(Math.Max(older.Length, newer.Length));
        var (o, n) = (0, 0);
        foreach (var difference in SequenceDiff.Between([.. older.Select(b => b.Key)], [.. newer.Select(b => b.Key)]))
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (; o < difference.OlderStart; o++, n++)
            {
                aligned.Add(new AlignedBlock(BlockChange.Same, older[o], newer[n]));
            }

            Pair(older.AsSpan(difference.OlderStart, difference.OlderCount), newer.AsSpan(difference.NewerStart, difference.NewerCount), aligned);
            (o, n) = (difference.OlderStart + difference.OlderCount, difference.NewerStart + difference.NewerCount);
        }

        for (; o < older.Length; o++, n++)
        {
            aligned.Add(new AlignedBlock(BlockChange.Same, older[o], newer[n]));
        }

        return WithAnchors(aligned, newer);
    }

    private static void Pair(ReadOnlySpan<Block> removed, ReadOnlySpan<Block> added, ImmutableArray<AlignedBlock>.Builder aligned)
    {
        // a heading replaced by another, alone: renamed, however different the words
        var renamed = removed.Length == 1 && added.Length == 1 && removed[0].Kind == BlockKind.Heading && removed[0].Level == added[0].Level;
        var next = 0;
        foreach (var old in removed)
        {
            var match = -1;
            for (var i = next; i < Math.Min(added.Length, next + PairingWindow) && match < 0; i++)
            {
                if (old.Kind == added[i].Kind && (renamed || AreSimilar(old, added[i])))
                {
                    match = i;
                }
            }

            if (match < 0)
            {
                aligned.Add(new AlignedBlock(BlockChange.Removed, old, null));
                continue;
            }

            foreach (var block in added[next..match])
            {
                aligned.Add(new AlignedBlock(BlockChange.Added, null, block));
            }

            aligned.Add(new AlignedBlock(BlockChange.Changed, old, added[match]));
            next = match + 1;
        }

        foreach (var block in added[next..])
        {
            aligned.Add(new AlignedBlock(BlockChange.Added, null, block));
        }
    }

    /// <summary>True when the blocks share at least 40% of the words of the longer (rows: and have as many cells).</summary>
    private static bool AreSimilar(Block older, Block newer)
    {
        if (older.Kind == BlockKind.TableRow && older.Cells.Length != newer.Cells.Length)
        {
            return false;
        }

        var olderWords = Words.Split(older.Text);
        var newerWords = Words.Split(newer.Text);
        var longer = Math.Max(olderWords.Length, newerWords.Length);
        if (longer == 0)
        {
            return true;
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in olderWords)
        {
            counts[word] = counts.GetValueOrDefault(word) + 1;
        }

        var shared = 0;
        foreach (var word in newerWords)
        {
            if (counts.GetValueOrDefault(word) is > 0 and var left)
            {
                counts[word] = left - 1;
                shared++;
            }
        }

        return shared >= Similar * longer;
    }

    /// <summary>Headings keep their newer id (older when removed), made unique: a removed heading's id never takes a newer heading's.</summary>
    private static ImmutableArray<AlignedBlock> WithAnchors(ImmutableArray<AlignedBlock>.Builder aligned, ImmutableArray<Block> newer)
    {
        var taken = newer.Where(b => b.Kind == BlockKind.Heading && !string.IsNullOrEmpty(b.Id)).Select(b => b.Id!).ToHashSet(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < aligned.Count; i++)
        {
            var block = aligned[i];
            if (block.Shown.Kind != BlockKind.Heading || string.IsNullOrEmpty(block.Shown.Id))
            {
                continue;
            }

            var id = block.Shown.Id!;
            if (block.Newer is null && taken.Contains(id) || used.Contains(id))
            {
                var number = 2;
                while (taken.Contains($"{id}-{number}") || used.Contains($"{id}-{number}"))
                {
                    number++;
                }

                id = $"{id}-{number}";
            }

            used.Add(id);
            aligned[i] = block with { Anchor = id };
        }

        return aligned.ToImmutable();
    }
}
