namespace Generator.Rendering.Policy;

/// <summary>
/// One version of a document in a page's history (<c>page.versions</c>, newest first) or the
/// version a page shows (<c>page.version</c>): its number, date and change summary, its
/// permanent address, the address of what it changed (null for the first), whether it is the
/// current one, and whether it is the one the page shows.
/// </summary>
public sealed record VersionView(int Number, Dates.DateValue? Date, string? Changes, string Url, string? ChangesUrl, bool IsCurrent, bool IsShown);
