using Generator.Model;

namespace Generator.Tests.Model;

/// <summary>The one mapping between site URLs and output files, both ways.</summary>
public sealed class OutputPathsTests
{
    [Theory]
    [InlineData("/", "/", "index.html")]
    [InlineData("/fr/x/", "/", "fr/x/index.html")]
    [InlineData("/docs/fr/x/", "/docs/", "fr/x/index.html")]
    [InlineData("/docs/fr/404.html", "/docs/", "fr/404.html")]
    [InlineData("/docs/sitemap.xml", "/docs/", "sitemap.xml")]
    [InlineData("/docs/", "/docs/", "index.html")]
    public void A_url_is_written_to_its_file(string url, string basePath, string path)
    {
        Assert.Equal(path, OutputPaths.FromUrl(url, basePath));
        Assert.Equal(url, OutputPaths.ToUrl(path, basePath));
    }

    [Fact]
    public void A_file_named_like_an_index_is_not_taken_for_one()
    {
        Assert.Equal("/x/my-index.html", OutputPaths.ToUrl("x/my-index.html", "/"));
    }

    [Theory]
    [InlineData("", new[] { "index.html" })]
    [InlineData("en/", new[] { "en/index.html" })]
    [InlineData("en", new[] { "en", "en/index.html" })]
    public void A_request_path_is_served_from_these_files_in_order(string path, string[] candidates)
    {
        Assert.Equal(candidates, OutputPaths.Candidates(path).ToArray());
    }
}
