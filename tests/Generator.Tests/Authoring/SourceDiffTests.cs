using Generator.Authoring;

namespace Generator.Tests.Authoring;

/// <summary>
/// The short diff a stale translation's report shows: added and removed lines, a line edited in
/// place as its changed words with a few around them, the title and summary named, spacing and
/// blank lines ignored, and at most a few lines, cut, with the count of the rest.
/// </summary>
public sealed class SourceDiffTests
{
    private static SourceText Body(string body, string title = "Title", string? summary = null) => new(title, summary, body);

    private static ChangedLine Added(string text) => new(ChangeKind.Added, text);

    private static ChangedLine Removed(string text) => new(ChangeKind.Removed, text);

    private static ChangedLine Changed(string text) => new(ChangeKind.Changed, text);

    [Fact]
    public void An_added_paragraph_is_one_added_line_and_a_removed_one_one_removed_line()
    {
        var before = Body("First.\n\nSecond.\n");

        Assert.Equal([Added("Third.")], SourceDiff.Between(before, Body("First.\n\nSecond.\n\nThird.\n")).Lines.ToArray());
        Assert.Equal([Removed("First.")], SourceDiff.Between(before, Body("Second.\n")).Lines.ToArray());
    }

    [Fact]
    public void A_word_changed_in_a_line_is_marked_in_that_line()
    {
        var change = SourceDiff.Between(Body("The original text of the notice.\n"), Body("The first text of the notice!\n"));

        Assert.Equal([Changed("The [-original-]{+first+} text of the notice[-.-]{+!+}")], change.Lines.ToArray());
        Assert.Equal(0, change.More);
    }

    [Fact]
    public void Words_added_or_removed_keep_the_spaces_around_them_outside_the_marks()
    {
        Assert.Equal([Changed("A {+very+} short text.")], SourceDiff.Between(Body("A short text.\n"), Body("A very short text.\n")).Lines.ToArray());
        Assert.Equal([Changed("A [-very-] short text.")], SourceDiff.Between(Body("A very short text.\n"), Body("A short text.\n")).Lines.ToArray());
    }

    [Fact]
    public void A_long_line_keeps_a_few_words_around_each_change()
    {
        var before = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty";
        var after = before.Replace("three", "3", StringComparison.Ordinal).Replace("eighteen", "18", StringComparison.Ordinal);

        var line = Assert.Single(SourceDiff.Between(Body(before), Body(after)).Lines.ToArray());

        Assert.Equal(Changed("one two [-three-]{+3+} four five six seven … fourteen fifteen sixteen seventeen [-eighteen-]{+18+} nineteen twenty"), line);
    }

    [Fact]
    public void The_title_and_summary_are_named()
    {
        var change = SourceDiff.Between(Body("Text.\n", "Housing for migrants", "Old summary."), Body("Text.\n", "Housing for young migrants", "New summary."));

        Assert.Equal([Changed("title: Housing for {+young+} migrants"), Changed("summary: [-Old-]{+New+} summary.")], change.Lines.ToArray());
    }

    [Fact]
    public void A_rewritten_line_is_removed_and_added_rather_than_marked_word_by_word()
    {
        var change = SourceDiff.Between(Body("The forum opens on Monday.\n"), Body("Registration closes soon, so hurry.\n"));

        Assert.Equal([Removed("The forum opens on Monday."), Added("Registration closes soon, so hurry.")], change.Lines.ToArray());
    }

    [Fact]
    public void A_paragraph_added_before_an_edited_one_is_added_and_the_edit_marked()
    {
        var change = SourceDiff.Between(Body("Intro.\n\nThe meeting is in Paris.\n"), Body("Intro.\n\nA new paragraph here.\n\nThe meeting is in Brussels.\n"));

        Assert.Equal([Added("A new paragraph here."), Changed("The meeting is in [-Paris-]{+Brussels+}.")], change.Lines.ToArray());
    }

    [Fact]
    public void Only_spacing_and_blank_lines_changed_gives_no_line()
    {
        var change = SourceDiff.Between(Body("One.\n\nTwo  words.\n"), Body("One.\n\n\n\nTwo words.   \n"));

        Assert.Empty(change.Lines.ToArray());
        Assert.True(change.OnlySpacing);
    }

    [Fact]
    public void At_most_the_first_lines_are_given_with_the_count_of_the_rest()
    {
        var after = string.Join("\n\n", Enumerable.Range(1, 8).Select(i => $"New paragraph {i}."));

        var change = SourceDiff.Between(Body("Old.\n"), Body("Old.\n\n" + after), maxLines: 3);

        Assert.Equal([Added("New paragraph 1."), Added("New paragraph 2."), Added("New paragraph 3.")], change.Lines.ToArray());
        Assert.Equal(5, change.More);
        Assert.False(change.OnlySpacing);
    }

    [Fact]
    public void A_long_line_is_cut_to_the_width_with_an_ellipsis_and_no_half_emoji()
    {
        var line = "A sentence that goes on " + string.Concat(Enumerable.Repeat("🙂", 40));

        var text = Assert.Single(SourceDiff.Between(Body("Old.\n"), Body("Old.\n\n" + line), maxWidth: 40).Lines).Text;

        Assert.Equal("A sentence that goes on " + string.Concat(Enumerable.Repeat("🙂", 7)) + "…", text); // 38 characters and the ellipsis, not half an emoji
    }

    [Fact]
    public void The_same_texts_give_the_same_diff()
    {
        var before = Body("Alpha beta.\n\nGamma.\n");
        var after = Body("Alpha delta.\n\nEpsilon.\n");

        Assert.Equal(SourceDiff.Between(before, after), SourceDiff.Between(before, after));
    }
}
