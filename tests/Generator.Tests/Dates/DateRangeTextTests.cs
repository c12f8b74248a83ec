using Generator.Dates;

namespace Generator.Tests.Dates;

/// <summary>Date ranges written once, in whatever order a language writes day, month and year.</summary>
public sealed class DateRangeTextTests
{
    [Theory]
    [InlineData("9 April 2019", "10 April 2019", "9–10 April 2019")]
    [InlineData("9 avril 2019", "10 avril 2019", "9–10 avril 2019")]
    [InlineData("9 april 2019", "10 april 2019", "9–10 april 2019")]
    [InlineData("April 9, 2019", "April 10, 2019", "April 9–10, 2019")]
    [InlineData("19 April 2019", "29 April 2019", "19–29 April 2019")]
    [InlineData("30 April 2019", "2 May 2019", "30 April – 2 May 2019")]
    [InlineData("30 December 2019", "2 January 2020", "30 December 2019 – 2 January 2020")]
    [InlineData("April 2019", "May 2019", "April–May 2019")]
    [InlineData("2019", "2020", "2019–2020")]
    [InlineData("9. März 2019", "10. März 2019", "9.–10. März 2019")]
    [InlineData("9 April 2019", "9 April 2019", "9 April 2019")]
    public void Shared_parts_are_written_once_and_numbers_never_cut(string start, string end, string expected)
    {
        var (first, dash, last) = DateRangeText.Split(start, end);

        Assert.Equal(expected, first + dash + last);
    }
}
