using System.Collections.Immutable;

namespace Generator.Rendering.Changes;

/// <summary>
/// The sections with a change, in document order. A change belongs to the innermost section that
/// holds it (the heading before it): a section whose only changes are in its subsections is not
/// listed, its changed subsections are (with their level, for an indented summary).
/// </summary>
internal static class SectionSummarizer
{
    public static ImmutableArray<ChangedSection> Summarize(ImmutableArray<AlignedBlock> blocks)
    {
        var sections = ImmutableArray.CreateBuilder<ChangedSection>();
        AlignedBlock? heading = null;
        var (same, added, removed, changed) = (0, 0, 0, 0);
        foreach (var block in blocks.Append(null))
        {
            if (block is null || block.Shown.Kind == BlockKind.Heading)
            {
                if (Section(heading, same, added, removed, changed) is { } section)
                {
                    sections.Add(section);
                }

                (heading, same, added, removed, changed) = (block, 0, 0, 0, 0);
                continue;
            }

            _ = block.Change switch
            {
                BlockChange.Same => same++,
                BlockChange.Added => added++,
                BlockChange.Removed => removed++,
                _ => changed++,
            };
        }

        return sections.ToImmutable();
    }

    private static ChangedSection? Section(AlignedBlock? heading, int same, int added, int removed, int changed)
    {
        if (heading is null)
        {
            var kind = added > 0 && same + removed + changed == 0 ? SectionChangeKind.Added
                : removed > 0 && same + added + changed == 0 ? SectionChangeKind.Removed
                : SectionChangeKind.Changed;
            return added + removed + changed == 0 ? null : new ChangedSection(null, null, 0, kind);
        }

        var title = heading.Shown.Text;
        var level = heading.Shown.Level;
        return heading.Change switch
        {
            BlockChange.Added => new ChangedSection(title, heading.Anchor, level, SectionChangeKind.Added),
            BlockChange.Removed => new ChangedSection(title, heading.Anchor, level, SectionChangeKind.Removed),
            BlockChange.Changed => new ChangedSection(title, heading.Anchor, level, SectionChangeKind.Changed),
            _ when added + removed + changed > 0 => new ChangedSection(title, heading.Anchor, level, SectionChangeKind.Changed),
            _ => null,
        };
    }
}
