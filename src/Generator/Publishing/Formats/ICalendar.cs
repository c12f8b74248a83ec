using System.Globalization;
using System.Text;
using Generator.Dates;
using Generator.Model;

namespace Generator.Publishing.Formats;

/// <summary>
/// iCalendar (RFC 5545) files: one VEVENT per event page, all-day when the dates carry no time
/// (the end date is then the day after the last, as the format wants: a month written alone runs
/// from its first day to its last), with the page's URL, location and
/// summary; text escaped, lines folded at 75 octets, CRLF line ends. The stamp is the event's
/// own date of change, so the same content gives the same bytes.
/// </summary>
public static class ICalendar
{
    public static byte[] Write(SiteModel model, string name, IEnumerable<PageEntry> events)
    {
        var host = model.Config.BaseUrl.Host;
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//" + host + "//policy site generator//EN",
            "CALSCALE:GREGORIAN",
            "X-WR-CALNAME:" + Escape(name),
        };
        foreach (var page in events)
        {
            var fm = page.FrontMatter!;
            var start = page.Date!.Value;
            var end = fm.EndDate ?? start;
            var allDay = start.Precision != DatePrecision.Instant && end.Precision != DatePrecision.Instant;
            lines.Add("BEGIN:VEVENT");
            lines.Add($"UID:{page.Key.Replace('/', '-')}-{page.Language}@{host}");
            lines.Add("DTSTAMP:" + DateTime((fm.Updated ?? start).Start));
            lines.Add(allDay ? "DTSTART;VALUE=DATE:" + Date(start.Start) : "DTSTART:" + DateTime(start.Start));
            lines.Add(allDay ? "DTEND;VALUE=DATE:" + Date(end.Last < DateTimeOffset.MaxValue ? end.Last.AddTicks(1) : end.Last) : "DTEND:" + DateTime(end.Last));
            lines.Add("SUMMARY:" + Escape(page.Title));
            if (fm.Location is { } location) lines.Add("LOCATION:" + Escape(location));
            if (page.Document?.DisplaySummary is { } summary) lines.Add("DESCRIPTION:" + Escape(summary));
            lines.Add("URL:" + model.Config.Absolute(page.Url));
            lines.Add("END:VEVENT");
        }

        lines.Add("END:VCALENDAR");
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            Fold(text, line);
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static string Date(DateTimeOffset date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    private static string DateTime(DateTimeOffset date) => date.ToUniversalTime().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\").Replace(";", "\\;").Replace(",", "\\,").Replace("\r\n", "\\n").Replace("\n", "\\n");

    /// <summary>Writes a content line, folded so that no line is longer than 75 octets of UTF-8.</summary>
    private static void Fold(StringBuilder output, string line)
    {
        var octets = 0;
        var limit = 75;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                output.Append("\r\n ");
                octets = 0;
                limit = 74;
            }

            output.Append(rune.ToString());
            octets += size;
        }

        output.Append("\r\n");
    }
}
