using Generator.Content;
using Generator.Rendering.Views;

namespace Generator.Rendering;

/// <summary>
/// The level 2 and 3 headings of a document that have an id, nested: each level 3 heading under
/// the level 2 heading before it (one before any level 2 heading stands at the top).
/// </summary>
public sealed class TableOfContents
{
    public IReadOnlyList<TocEntry> Of(ParsedDocument document)
    {
        var top = new List<(TocEntry Entry, List<TocEntry> Children)>();
        foreach (var heading in document.Body.Headings.Where(h => h.Level is 2 or 3 && h.Id is not null))
        {
            var entry = new TocEntry(heading.Id!, heading.Text, heading.Level);
            if (heading.Level == 3 && top.Count > 0 && top[^1].Entry.Level == 2)
            {
                top[^1].Children.Add(entry);
            }
            else
            {
                top.Add((entry, []));
            }
        }

        return [.. top.Select(t => t.Entry with { Children = t.Children })];
    }

    /// <summary>The number of entries at every level.</summary>
    public static int Count(IReadOnlyList<TocEntry> entries) => entries.Sum(e => 1 + e.Children.Count);
}
