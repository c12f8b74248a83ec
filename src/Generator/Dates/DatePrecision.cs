namespace Generator.Dates;

/// <summary>How much of a date its author wrote: a year (<c>2019</c>), a month (<c>2019-06</c>), a day, or a moment with its time.</summary>
public enum DatePrecision
{
    Year,
    Month,
    Day,
    Instant,
}
