using Generator.Dates;
using Generator.Yaml;

namespace Generator.Tests.Dates;

/// <summary>The date forms Hugo and Jekyll authors write, each read with the precision written; every other text is not a date.</summary>
public sealed class YamlDatesTests
{
    [Theory]
    [InlineData("2019", DatePrecision.Year, "2019", 0)]
    [InlineData("2019-06", DatePrecision.Month, "2019-06", 0)]
    [InlineData("2019-06-20", DatePrecision.Day, "2019-06-20", 0)]
    [InlineData(" 2019-06-20 ", DatePrecision.Day, "2019-06-20", 0)]
    [InlineData("2020-02-29", DatePrecision.Day, "2020-02-29", 0)]
    [InlineData("2019-04-09T14:30:00+02:00", DatePrecision.Instant, "2019-04-09T14:30:00+02:00", 0)]
    [InlineData("2019-04-09T14:30:00Z", DatePrecision.Instant, "2019-04-09T14:30:00Z", 0)]
    [InlineData("2019-04-09t14:30:00z", DatePrecision.Instant, "2019-04-09T14:30:00Z", 0)]
    [InlineData("2019-04-09T14:30", DatePrecision.Instant, "2019-04-09T14:30:00Z", 0)]
    [InlineData("2019-04-09T14:30:00.25-05:30", DatePrecision.Instant, "2019-04-09T14:30:00-05:30", 2_500_000)]
    [InlineData("2018-03-09 09:00:00 -0400", DatePrecision.Instant, "2018-03-09T09:00:00-04:00", 0)]
    [InlineData("2018-03-09 09:00:00-04:00", DatePrecision.Instant, "2018-03-09T09:00:00-04:00", 0)]
    [InlineData("2018-03-09 09:00 +01", DatePrecision.Instant, "2018-03-09T09:00:00+01:00", 0)]
    [InlineData("2018-03-09 09:00:00.123456789 +0000", DatePrecision.Instant, "2018-03-09T09:00:00Z", 1_234_567)]
    [InlineData("2019-04-09T14:30:00+14:00", DatePrecision.Instant, "2019-04-09T14:30:00+14:00", 0)]
    public void Reads_each_form_with_its_precision_and_keeps_the_offset_written(string text, DatePrecision precision, string written, long fraction)
    {
        Assert.True(YamlDates.TryParse(text, out var date), text);

        Assert.Equal((precision, written, fraction), (date.Precision, date.ToString(), date.Start.Ticks % TimeSpan.TicksPerSecond));
    }

    [Theory]
    [InlineData("")]
    [InlineData("19")]
    [InlineData("0999")]
    [InlineData("0000-06")]
    [InlineData("2019-13")]
    [InlineData("2019-00")]
    [InlineData("2019-6")]
    [InlineData("2019-02-29")]
    [InlineData("2019-04-31")]
    [InlineData("2019-04-09T24:00")]
    [InlineData("2019-04-09T14:60")]
    [InlineData("2019-04-09T14:30:60")]
    [InlineData("2019-04-09T14:30+15:00")]
    [InlineData("2019-04-09T14:30+14:01")]
    [InlineData("2019-04-09T14:30+02:60")]
    [InlineData("2019-04-09T14:30:00.")]
    [InlineData("2019-04-09T14:30:00.1234567890")]
    [InlineData("2019-04-09  14:30")]
    [InlineData("2019-04-09T14")]
    [InlineData("2019-06 14:30")]
    [InlineData("9 April 2019")]
    [InlineData("June 2019")]
    [InlineData("+2019")]
    [InlineData("2019.0")]
    [InlineData("0001-01-01T00:00+01:00")]
    [InlineData("9999-12-31T23:00-02:00")]
    public void Everything_else_is_not_a_date(string text) =>
        Assert.False(YamlDates.TryParse(text, out _), text);
}
