using System.Collections.Immutable;

namespace Generator.Rendering.Changes;

/// <summary>
/// One block of a rendered body as text: its kind, its text with runs of spaces made one space,
/// and what is needed to write it again: a heading's level and id, a list item's depth and list
/// type, a table row's cells. Inline markup (links, emphasis...) is not kept.
/// </summary>
internal sealed record Block(BlockKind Kind, string Text)
{
    /// <summary>A heading's level (1 to 6) or a list item's depth (0 for a top-level item).</summary>
    public int Level { get; init; }

    /// <summary>A heading's id, if it has one.</summary>
    public string? Id { get; init; }

    /// <summary>True for an item of an <c>ol</c>.</summary>
    public bool Ordered { get; init; }

    /// <summary>A table row's cells; empty for other blocks.</summary>
    public ImmutableArray<TableCell> Cells { get; init; } = [];

    /// <summary>What two blocks must share to be the same block: their kind and text (spacing, no-break or not, aside).</summary>
    public string Key => Kind + "\u0001" + Words.Loose(Kind == BlockKind.TableRow ? string.Join('\u0002', Cells.Select(c => c.Text)) : Text);

    public bool Equals(Block? other) =>
        other is not null && Kind == other.Kind && Text == other.Text && Level == other.Level && Id == other.Id
        && Ordered == other.Ordered && Cells.SequenceEqual(other.Cells);

    public override int GetHashCode() => HashCode.Combine(Kind, Text, Level, Id);
}
