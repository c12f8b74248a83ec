using System.Globalization;
using Generator.Dates;
using Generator.Yaml;

namespace Generator.Tests.Dates;

/// <summary>A date keeps what its author knew: it sorts by its first moment, ends at its last, and reads as precisely as it was written.</summary>
public sealed class DateValueTests
{
    private static DateValue Parse(string text) => YamlDates.TryParse(text, out var date) ? date : throw new FormatException(text);

    [Fact]
    public void A_partial_date_sorts_as_its_first_moment_before_a_day_of_that_moment_and_moments_by_their_instant()
    {
        string[] written = ["2019-06-20", "2019", "2019-06", "2018-12-31T23:30:00-01:00", "2019-01-01", "2019-06-01T00:00:00Z"];

        var ordered = written.Select(Parse).Order().Select(d => d.ToString()).ToList();

        Assert.Equal(["2019", "2019-01-01", "2018-12-31T23:30:00-01:00", "2019-06", "2019-06-01T00:00:00Z", "2019-06-20"], ordered);
    }

    [Theory]
    [InlineData("2019", "2019-12-31T23:59:59.9999999+00:00")]
    [InlineData("2019-02", "2019-02-28T23:59:59.9999999+00:00")]
    [InlineData("2020-02", "2020-02-29T23:59:59.9999999+00:00")]
    [InlineData("2019-06-20", "2019-06-20T23:59:59.9999999+00:00")]
    [InlineData("2019-06-20T10:00:00+02:00", "2019-06-20T10:00:00+02:00")]
    [InlineData("9999", "9999-12-31T23:59:59.9999999+00:00")]
    [InlineData("9999-12", "9999-12-31T23:59:59.9999999+00:00")]
    [InlineData("9999-12-31", "9999-12-31T23:59:59.9999999+00:00")]
    public void A_date_ends_at_the_last_moment_written(string text, string last) =>
        Assert.Equal(DateTimeOffset.Parse(last, CultureInfo.InvariantCulture), Parse(text).Last);

    [Theory]
    [InlineData("2019-06", "2019-06-20", false)]
    [InlineData("2019-05", "2019-06-20", true)]
    [InlineData("2019", "2019-12-31", false)]
    [InlineData("2019-06-19", "2019-06-20", true)]
    [InlineData("2019-06-20", "2019-06-20T10:00", false)]
    [InlineData("2019-06-20T09:00", "2019-06-20T10:00", true)]
    public void An_end_is_before_a_start_only_when_all_it_covers_is(string end, string start, bool before) =>
        Assert.Equal(before, Parse(end).EndsBefore(Parse(start)));

    [Theory]
    [InlineData("2019", "2019")]
    [InlineData("2019-06", "2019-06")]
    [InlineData("2019-06-20", "2019-06-20")]
    [InlineData("2019-06-20T23:30:00-04:00", "2019-06-20")]
    public void Machines_read_the_date_as_far_as_it_is_known(string text, string iso) =>
        Assert.Equal(iso, Parse(text).IsoDate);

    [Theory]
    [InlineData("en-GB", "2019", "2019")]
    [InlineData("en-GB", "2019-06", "June 2019")]
    [InlineData("fr-FR", "2019-06", "juin 2019")]
    [InlineData("nl-NL", "2019-06", "juni 2019")]
    [InlineData("de-DE", "2019-06", "Juni 2019")]
    [InlineData("fr-FR", "2019-06-20", "20 juin 2019")]
    [InlineData("de-DE", "2019-06-20", "20. Juni 2019")]
    [InlineData("en-GB", "2018-03-09 23:00:00 -0400", "9 March 2018")]
    public void Readers_see_the_date_as_precisely_as_it_was_written_in_their_language(string culture, string text, string shown)
    {
        var info = CultureInfo.GetCultureInfo(culture);
        var dayFormat = culture == "de-DE" ? "d. MMMM yyyy" : "d MMMM yyyy";

        Assert.Equal(shown, Parse(text).Display(info, dayFormat, info.DateTimeFormat.YearMonthPattern));
    }
}
