using System.Globalization;
using System.Text.RegularExpressions;
using Generator.Dates;

namespace Generator.Yaml;

/// <summary>
/// Parses the date forms authors of Hugo and Jekyll sites write: a year (<c>2019</c>, from 1000
/// on), a month (<c>2019-06</c>), a day (<c>2019-06-20</c>), or a day with a time after <c>T</c>
/// or a space (<c>HH:mm</c>, <c>HH:mm:ss</c>, a fraction of a second of up to 9 digits), and an
/// optional offset, with or without a space before it (<c>Z</c>, <c>+02:00</c>, <c>+0200</c>,
/// <c>+02</c>, up to 14 hours): RFC 3339's <c>2019-04-09T14:30:00+02:00</c> and Jekyll's
/// <c>2018-03-09 09:00:00 -0400</c> both. Only real calendar days and times are dates; a time
/// without an offset is taken as UTC. The editor schemas' date pattern accepts the same texts.
/// </summary>
public static partial class YamlDates
{
    /// <summary>Parses a date and keeps how much of it was written.</summary>
    public static bool TryParse(string text, out DateValue value)
    {
        value = default;
        var match = Shape().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var year = Number(match, "year");
        if (!match.Groups["month"].Success)
        {
            if (year < 1000)
            {
                return false;
            }

            value = DateValue.Year(year);
            return true;
        }

        var month = Number(match, "month");
        if (year < 1 || month is < 1 or > 12)
        {
            return false;
        }

        if (!match.Groups["day"].Success)
        {
            value = DateValue.Month(year, month);
            return true;
        }

        var day = Number(match, "day");
        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        if (!match.Groups["hour"].Success)
        {
            value = DateValue.Day(year, month, day);
            return true;
        }

        var (hour, minute) = (Number(match, "hour"), Number(match, "minute"));
        var second = match.Groups["second"].Success ? Number(match, "second") : 0;
        if (hour > 23 || minute > 59 || second > 59 || Offset(match.Groups["offset"]) is not { } offset)
        {
            return false;
        }

        var fraction = match.Groups["fraction"].Value;
        var ticks = fraction.Length == 0 ? 0 : long.Parse(fraction.PadRight(7, '0')[..7], CultureInfo.InvariantCulture);
        var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).AddTicks(ticks);
        var utcTicks = local.Ticks - offset.Ticks;
        if (utcTicks < DateTime.MinValue.Ticks || utcTicks > DateTime.MaxValue.Ticks)
        {
            return false; // an offset that moves the moment before year 1 or after 9999
        }

        value = DateValue.Instant(new DateTimeOffset(local, offset));
        return true;
    }

    /// <summary>The offset written (none is UTC), or null when it is not one: hours up to 14, minutes up to 59, at most 14:00.</summary>
    private static TimeSpan? Offset(Group group)
    {
        var text = group.Value.Trim();
        if (text.Length == 0 || text is "Z" or "z")
        {
            return TimeSpan.Zero;
        }

        var digits = text[1..].Replace(":", string.Empty, StringComparison.Ordinal);
        var hours = int.Parse(digits[..2], CultureInfo.InvariantCulture);
        var minutes = digits.Length > 2 ? int.Parse(digits[2..], CultureInfo.InvariantCulture) : 0;
        if (minutes > 59 || hours * 60 + minutes > 14 * 60)
        {
            return null;
        }

        var offset = new TimeSpan(hours, minutes, 0);
        return text[0] == '-' ? -offset : offset;
    }

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\s*(?<year>[0-9]{4})(?:-(?<month>[0-9]{2})(?:-(?<day>[0-9]{2})(?:[Tt ](?<hour>[0-9]{2}):(?<minute>[0-9]{2})(?::(?<second>[0-9]{2})(?:\.(?<fraction>[0-9]{1,9}))?)?(?<offset> ?(?:[Zz]|[+-][0-9]{2}(?::?[0-9]{2})?))?)?)?)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
