using Generator.Content;

namespace Generator.Tests.Content;

public sealed class SlugifierTests
{
    [Theory]
    [InlineData("intégration", "integration")]
    [InlineData("Été à Bruxelles", "ete-a-bruxelles")]
    [InlineData("Jeunes migrants : l’accueil", "jeunes-migrants-l-accueil")]
    [InlineData("  Many   spaces -- and_underscores ", "many-spaces-and-underscores")]
    [InlineData("Straße", "strasse")]
    [InlineData("Œuvre & cœur", "oeuvre-coeur")]
    [InlineData("Integration 2019", "integration-2019")]
    [InlineData("Sociaal-economische integratie", "sociaal-economische-integratie")]
    public void Folds_accents_and_joins_words_with_single_hyphens(string text, string slug) =>
        Assert.Equal(slug, Slugifier.Slugify(text));

    [Fact]
    public void Text_that_cannot_be_normalized_is_slugified_as_written() =>
        Assert.Equal("a-b", Slugifier.Slugify("a\uFFFEb"));
}
