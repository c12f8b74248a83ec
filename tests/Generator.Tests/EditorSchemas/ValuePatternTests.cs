using System.Globalization;
using System.Text.RegularExpressions;
using CsCheck;
using Generator.Content;
using Generator.EditorSchemas;
using Generator.Yaml;

namespace Generator.Tests.EditorSchemas;

/// <summary>
/// The schemas' patterns accept exactly the texts the generator's parser accepts for that kind
/// of value: dates against <see cref="YamlDates"/>, booleans, numbers, whole numbers and URLs
/// against the parser's own rules.
/// </summary>
public sealed class ValuePatternTests
{
    private static readonly Regex Date = new(ValueSchemas.DatePattern);

    [Theory]
    [InlineData("2019-04-09")]
    [InlineData("2020-02-29")]
    [InlineData("2000-02-29")]
    [InlineData("1900-02-29")]
    [InlineData("2019-02-29")]
    [InlineData("2019-04-31")]
    [InlineData("0000-01-01")]
    [InlineData("2019-04-09T14:30")]
    [InlineData("2019-04-09T14:30Z")]
    [InlineData("2019-04-09T14:30:00+02:00")]
    [InlineData("2019-04-09T14:30:00+0200")]
    [InlineData("2019-04-09T14:30:00+2:00")]
    [InlineData("2019-04-09T14:30:00+02")]
    [InlineData("2019-04-09T14:30:00+14:00")]
    [InlineData("2019-04-09T14:30:00+14:01")]
    [InlineData("2019-04-09T14:30:00.")]
    [InlineData("2019-04-09T14:30:00.1234567Z")]
    [InlineData("2019-04-09T14:30:00.12345678")]
    [InlineData("2019-04-09 14:30")]
    [InlineData("2019-04-09 14:30Z")]
    [InlineData("2019-04-09 14:30:00Z")]
    [InlineData("2019-04-09 14:30:00.5")]
    [InlineData("2019-04-09T24:00")]
    [InlineData("2019-04-09t14:30")]
    [InlineData(" 2019-04-09 ")]
    [InlineData("2019-4-9")]
    [InlineData("9 April 2019")]
    [InlineData("2019")]
    [InlineData("0999")]
    [InlineData("0000")]
    [InlineData("2019-06")]
    [InlineData("0001-06")]
    [InlineData("0000-06")]
    [InlineData("2019-13")]
    [InlineData("2018-03-09 09:00:00 -0400")]
    [InlineData("2018-03-09 09:00 +01")]
    [InlineData("2018-03-09 09:00:00.123456789 +0000")]
    [InlineData("2018-03-09 09:00:00.1234567890")]
    [InlineData("2018-03-09 09:00:00  -0400")]
    [InlineData("0000-02-29")]
    [InlineData("2019-06 09:00")]
    public void The_date_pattern_agrees_with_the_parser(string text) =>
        Assert.Equal(YamlDates.TryParse(text, out _), Date.IsMatch(text));

    [Fact]
    public void The_date_pattern_agrees_with_the_parser_on_generated_dates_and_near_misses()
    {
        var digits = Gen.Int[0, 99].Select(n => n.ToString("00", CultureInfo.InvariantCulture));
        var offset = Gen.OneOf("", "Z", "z", "+02:00", "-05:30", "+0200", "+2:00", "+14:00", "+14:30", "-1400", "+02", "+15:00", "+02:60", " -0400", " Z", "  +01", "+1", "+14");
        var time = Gen.Select(Gen.OneOf("", "T", " ", "t"), digits, digits, Gen.OneOf("", ":00", ":59", ":60", ":5", ":00.", ":00.5", ":00.12345678", ":00.123456789", ":00.1234567890"), offset)
            .Select((sep, hour, minute, seconds, zone) => sep.Length == 0 ? string.Empty : $"{sep}{hour}:{minute}{seconds}{zone}");
        var day = Gen.Select(Gen.Int[1000, 9998], Gen.Int[0, 13], Gen.Int[0, 32], time)
            .Select((year, month, day, at) => $"{year:0000}-{month:00}-{day:00}{at}");
        var partial = Gen.Select(Gen.Int[0, 9999], Gen.Int[0, 13], Gen.OneOf("", "-", " ", "T10:00"), Gen.Bool)
            .Select((year, month, after, withMonth) => withMonth ? $"{year:0000}-{month:00}{after}" : $"{year:0000}{after}");
        var date = Gen.Frequency((4, day), (1, partial));

        date.Sample(text => Assert.True(YamlDates.TryParse(text, out _) == Date.IsMatch(text), $"'{text}': parser {YamlDates.TryParse(text, out _)}, pattern {Date.IsMatch(text)}"), iter: 20_000);
    }

    [Theory]
    [InlineData("true")]
    [InlineData("False")]
    [InlineData("YES")]
    [InlineData("no")]
    [InlineData("nO")]
    [InlineData("maybe")]
    [InlineData("1")]
    [InlineData("y")]
    [InlineData("")]
    public void The_boolean_pattern_takes_what_the_parser_takes(string text) =>
        Assert.Equal(text.ToLowerInvariant() is "true" or "false" or "yes" or "no", Regex.IsMatch(text, ValueSchemas.BoolPattern));

    [Theory]
    [InlineData("3")]
    [InlineData("-2.5")]
    [InlineData("+.5")]
    [InlineData("5.")]
    [InlineData("1e5")]
    [InlineData("1.5E-3")]
    [InlineData(" 7 ")]
    [InlineData("many")]
    [InlineData("1,5")]
    [InlineData("0x10")]
    [InlineData("Infinity")]
    [InlineData("NaN")]
    [InlineData(".")]
    [InlineData("")]
    public void The_number_pattern_takes_what_the_parser_takes(string text) =>
        Assert.Equal(double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n), Regex.IsMatch(text, ValueSchemas.NumberPattern));

    [Theory]
    [InlineData("3")]
    [InlineData("-4")]
    [InlineData("+12")]
    [InlineData("2.5")]
    [InlineData(" 3")]
    [InlineData("three")]
    public void The_whole_number_pattern_takes_what_the_parser_takes(string text) =>
        Assert.Equal(int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _), Regex.IsMatch(text, ValueSchemas.IntegerPattern));

    [Theory]
    [InlineData("/files/report.pdf")]
    [InlineData("//cdn.example.org/x")]
    [InlineData("https://example.org/")]
    [InlineData("HTTP://example.org")]
    [InlineData("mailto:office@example.org")]
    [InlineData("https://")]
    [InlineData("https:///x")]
    [InlineData("https://exa mple.org")]
    [InlineData("http:example.org")]
    [InlineData("ftp://example.org")]
    [InlineData("example.org")]
    public void The_url_pattern_takes_what_the_parser_takes(string text) =>
        Assert.Equal(text.StartsWith('/') || Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" or "mailto", Regex.IsMatch(text, ValueSchemas.UrlPattern));

    [Theory]
    [InlineData("integration")]
    [InlineData("intégration")]
    [InlineData("Ærø")]
    [InlineData("2019")]
    [InlineData("---")]
    [InlineData("!?")]
    public void The_slug_pattern_takes_a_text_with_a_letter_or_digit(string text) =>
        Assert.Equal(Slugifier.Slugify(text).Length > 0, Regex.IsMatch(text, ValueSchemas.SlugPattern));
}
