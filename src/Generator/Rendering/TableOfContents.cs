using Generator.Content;
using Generator.Rendering.Views;

namespace Generator.Rendering;

/// <summary>The level 2 and 3 headings of a document that have an id.</summary>
public sealed class TableOfContents
{
    public IReadOnlyList<TocEntry> Of(ParsedDocument document) =>
        [.. document.Body.Headings.Where(h => h.Level is 2 or 3 && h.Id is not null).Select(h => new TocEntry(h.Id!, h.Text, h.Level))];
}
