namespace Generator.Model;

/// <summary>List order: newest first; undated pages after dated ones, by weight, then title, then URL.</summary>
public sealed class PageOrder : IComparer<PageEntry>
{
    public static readonly PageOrder Instance = new();

    public int Compare(PageEntry? x, PageEntry? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        var c = (x.Date, y.Date) switch
        {
            ({ } a, { } b) => b.CompareTo(a),
            (null, { }) => 1,
            ({ }, null) => -1,
            _ => 0,
        };
        if (c != 0) return c;
        c = (x.FrontMatter?.Weight ?? 0).CompareTo(y.FrontMatter?.Weight ?? 0);
        if (c != 0) return c;
        c = string.CompareOrdinal(x.Title, y.Title);
        return c != 0 ? c : string.CompareOrdinal(x.Url, y.Url);
    }
}
