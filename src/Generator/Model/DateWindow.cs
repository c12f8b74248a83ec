namespace Generator.Model;

/// <summary>
/// A list's dated pages on either side of today: <c>upcoming</c> keeps those that end today or
/// later, soonest first; <c>past</c> the others, newest first; none (or <c>all</c>) keeps the list.
/// A page ends with its end date, else its date, at the last moment written (a month ends on its last day).
/// </summary>
public static class DateWindow
{
    public static readonly string[] Names = ["all", "upcoming", "past"];

    /// <returns>The pages kept, or null for an unknown window.</returns>
    public static IEnumerable<PageEntry>? Apply(IEnumerable<PageEntry> newestFirst, string? window, DateTimeOffset today) => window switch
    {
        null or "" or "all" => newestFirst,
        "upcoming" => newestFirst.Where(p => End(p) >= today).Reverse(),
        "past" => newestFirst.Where(p => End(p) is { } end && end < today),
        _ => null,
    };

    private static DateTimeOffset? End(PageEntry page) => (page.FrontMatter?.EndDate ?? page.Date)?.Last;
}
