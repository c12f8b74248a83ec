namespace Generator.Rendering.Changes;

/// <summary>
/// A block of the comparison: the older block, the newer one or both (same or changed), and the
/// id its heading is written with (unique in the comparison).
/// </summary>
internal sealed record AlignedBlock(BlockChange Change, Block? Older, Block? Newer)
{
    /// <summary>The block as written: the newer one, or the older one when it was removed.</summary>
    public Block Shown => Newer ?? Older!;

    /// <summary>A heading's id in the comparison's HTML; null for other blocks and headings without id.</summary>
    public string? Anchor { get; init; }
}
