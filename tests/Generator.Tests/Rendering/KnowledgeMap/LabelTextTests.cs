using Generator.Rendering.KnowledgeMap;

namespace Generator.Tests.Rendering.KnowledgeMap;

/// <summary>Labels of the map: estimated widths, and titles shortened at a word to the room they have.</summary>
public sealed class LabelTextTests
{
    [Fact]
    public void A_title_that_fits_is_kept_with_its_spaces_tidied()
    {
        Assert.Equal("Housing first", LabelText.Shorten("  Housing \n first ", 200, 12));
    }

    [Fact]
    public void A_long_title_is_cut_after_a_word_with_an_ellipsis_and_fits()
    {
        var label = LabelText.Shorten("Policy guidelines on a strategy for the integration of young migrants", 150, 12);

        Assert.EndsWith("…", label);
        Assert.StartsWith("Policy guidelines on", label);
        Assert.DoesNotContain(" …", label);
        Assert.True(LabelText.Width(label, 12) <= 150, label);
        Assert.Contains(label[..^1], "Policy guidelines on a strategy for the integration of young migrants");
    }

    [Fact]
    public void A_single_long_word_is_cut_within_it()
    {
        var label = LabelText.Shorten("#Regions4Integration" + new string('x', 40), 100, 12);

        Assert.StartsWith("#Regions4", label);
        Assert.True(LabelText.Width(label, 12) <= 100, label);
    }

    [Fact]
    public void Wide_letters_count_for_more_than_narrow_ones()
    {
        Assert.True(LabelText.Width("MMMM", 12) > LabelText.Width("iiii", 12) * 2);
        Assert.Equal(2 * LabelText.Width("Antwerp", 10), LabelText.Width("Antwerp", 20), 6);
    }
}
