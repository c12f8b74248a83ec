using System.Globalization;

namespace Generator.Dates;

/// <summary>
/// A date as its author wrote it: <see cref="Start"/>, the first moment of what was written
/// (midnight UTC of the first day for a year, a month or a day; the moment itself, with the
/// offset written, for a time), and its <see cref="Precision"/>. Dates order by their first
/// moment, so <c>2019</c> sorts as 1 January 2019 (before a day of that date, at equal start).
/// </summary>
public readonly record struct DateValue(DateTimeOffset Start, DatePrecision Precision) : IComparable<DateValue>, IComparable
{
    public static DateValue Year(int year) => new(new DateTimeOffset(year, 1, 1, 0, 0, 0, TimeSpan.Zero), DatePrecision.Year);

    public static DateValue Month(int year, int month) => new(new DateTimeOffset(year, month, 1, 0, 0, 0, TimeSpan.Zero), DatePrecision.Month);

    public static DateValue Day(int year, int month, int day) => new(new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero), DatePrecision.Day);

    public static DateValue Instant(DateTimeOffset moment) => new(moment, DatePrecision.Instant);

    /// <summary>
    /// The last moment of what was written: the end of 31 December for a year, of the month's
    /// last day for a month, of the day for a day; a moment is its own last.
    /// </summary>
    public DateTimeOffset Last
    {
        get
        {
            if (Precision == DatePrecision.Instant)
            {
                return Start;
            }

            var start = Start.UtcDateTime;
            DateTime? next = Precision switch
            {
                DatePrecision.Year when start.Year < 9999 => start.AddYears(1),
                DatePrecision.Month when start.Year < 9999 || start.Month < 12 => start.AddMonths(1),
                DatePrecision.Day when start < DateTime.MaxValue.Date => start.AddDays(1),
                _ => null,
            };
            return new DateTimeOffset(next is { } end ? end.AddTicks(-1) : DateTime.MaxValue, TimeSpan.Zero);
        }
    }

    /// <summary>
    /// The date in ISO 8601 as far as it is known, for machines (<c>&lt;time datetime&gt;</c>,
    /// schema.org, Dublin Core): <c>2019</c>, <c>2019-06</c>, <c>2019-06-20</c>; a moment gives its
    /// day as written (in its own offset).
    /// </summary>
    public string IsoDate => Start.ToString(Precision switch
    {
        DatePrecision.Year => "yyyy",
        DatePrecision.Month => "yyyy-MM",
        _ => "yyyy-MM-dd",
    }, CultureInfo.InvariantCulture);

    /// <summary>
    /// The date for readers of <paramref name="culture"/>: a year as <c>2019</c>, a month in
    /// <paramref name="monthFormat"/> (<c>June 2019</c>, <c>juin 2019</c>), a day or a moment in
    /// <paramref name="dayFormat"/> (<c>20 June 2019</c>), on the day as written.
    /// </summary>
    public string Display(CultureInfo culture, string dayFormat, string monthFormat) => Start.ToString(Precision switch
    {
        DatePrecision.Year => "yyyy",
        DatePrecision.Month => monthFormat,
        _ => dayFormat,
    }, culture);

    /// <summary>Whether this date ends before <paramref name="other"/> begins (an end date before its start).</summary>
    public bool EndsBefore(DateValue other) => Last < other.Start;

    public int CompareTo(DateValue other)
    {
        var c = Start.UtcTicks.CompareTo(other.Start.UtcTicks);
        return c != 0 ? c : Precision.CompareTo(other.Precision);
    }

    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        DateValue other => CompareTo(other),
        _ => throw new ArgumentException("not a date", nameof(obj)),
    };

    public static bool operator <(DateValue left, DateValue right) => left.CompareTo(right) < 0;

    public static bool operator >(DateValue left, DateValue right) => left.CompareTo(right) > 0;

    public static bool operator <=(DateValue left, DateValue right) => left.CompareTo(right) <= 0;

    public static bool operator >=(DateValue left, DateValue right) => left.CompareTo(right) >= 0;

    /// <summary>As the author would write it: <see cref="IsoDate"/>, or a moment in full (<c>2019-04-09T14:30:00+02:00</c>).</summary>
    public override string ToString() => Precision == DatePrecision.Instant
        ? Start.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture).Replace("+00:00", "Z", StringComparison.Ordinal)
        : IsoDate;
}
