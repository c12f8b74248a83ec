using System.Collections.Immutable;
using Generator.Authoring;
using Generator.Cli;

namespace Generator.Tests.Cli;

/// <summary>What each state means and the next step it gives: the file to work on, the command that marks it reviewed, and the hash that command records.</summary>
public sealed class TranslationAdviceTests
{
    private static readonly TranslationAdvice Advice = new("gen translations --review");

    private static TranslationRow Row(TranslationCell cell) =>
        new("news/x", "en", "0123456789abcdef", ImmutableDictionary<string, TranslationCell>.Empty.Add("en", new TranslationCell(TranslationState.Source, "news/x.en.md")).Add("fr", cell));

    [Fact]
    public void Every_state_has_its_own_meaning()
    {
        var meanings = Enum.GetValues<TranslationState>().Select(TranslationAdvice.Meaning).ToList();

        Assert.Equal(meanings.Count, meanings.Distinct().Count());
        Assert.All(meanings, m => Assert.False(string.IsNullOrWhiteSpace(m)));
    }

    [Theory]
    [InlineData(TranslationState.Source, null)]
    [InlineData(TranslationState.Current, null)]
    [InlineData(TranslationState.Stale, "update news/x.fr.md for the changes in news/x.en.md, then run `gen translations --review news/x.fr.md` (it sets sourceHash: 0123456789abcdef)")]
    [InlineData(TranslationState.Untracked, "compare news/x.fr.md with news/x.en.md, then run `gen translations --review news/x.fr.md` (it sets sourceHash: 0123456789abcdef)")]
    [InlineData(TranslationState.Draft, "finish news/x.fr.md from news/x.en.md and remove draft: true, then run `gen translations --review news/x.fr.md`")]
    [InlineData(TranslationState.Missing, "create news/x.fr.md, translated from news/x.en.md, then run `gen translations --review news/x.fr.md`")]
    public void The_next_step_names_the_file_the_source_and_the_review(TranslationState state, string? expected)
    {
        var cell = new TranslationCell(state, "news/x.fr.md");

        Assert.Equal(expected, Advice.NextStep(Row(cell), cell));
    }

    [Fact]
    public void A_missing_file_that_must_declare_its_key_says_so()
    {
        var cell = new TranslationCell(TranslationState.Missing, "news/x.fr.md", TranslationKey: "about");

        Assert.StartsWith("create news/x.fr.md with translationKey: about, translated from", Advice.NextStep(Row(cell), cell));
    }

    [Theory]
    [InlineData("input/content/news/x.fr.md", "input/content/news/x.fr.md")]
    [InlineData("my site/x.fr.md", "'my site/x.fr.md'")]
    [InlineData("it's.md", "'it'\\''s.md'")]
    [InlineData("", "''")]
    public void A_path_is_quoted_for_the_shell_only_when_it_must_be(string path, string expected)
    {
        var quoted = TranslationAdvice.Quote(path);

        Assert.Equal(OperatingSystem.IsWindows() && expected != path ? $"\"{path}\"" : expected, quoted);
    }
}
