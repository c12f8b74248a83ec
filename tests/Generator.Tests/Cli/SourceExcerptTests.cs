using Generator.Cli.Reports;

namespace Generator.Tests.Cli;

/// <summary>The line under a diagnostic: the caret under the column, tabs or not; a long line cut to a window around it.</summary>
public sealed class SourceExcerptTests
{
    [Theory]
    [InlineData("title: [a", 8, "title: [a", 7)]
    [InlineData("\ttopics: [a", 10, "    topics: [a", 12)]
    [InlineData("ab\tc", 4, "ab  c", 4)]
    [InlineData("abc\r", 4, "abc", 3)]
    public void Puts_the_caret_under_the_column(string line, int column, string text, int caret)
    {
        Assert.Equal((text, caret), SourceExcerpt.Of(line, column));
    }

    [Fact]
    public void Cuts_a_very_long_line_to_a_window_around_the_column()
    {
        var line = new string('(', 100_000) + "x" + new string(')', 100_000);

        var (text, caret) = SourceExcerpt.Of(line, 100_001);

        Assert.Equal(SourceExcerpt.Width + 2, text.Length);
        Assert.StartsWith("…", text);
        Assert.EndsWith("…", text);
        Assert.Equal('x', text[caret]);
    }
}
