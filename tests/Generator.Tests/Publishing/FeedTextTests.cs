using System.Xml.Linq;
using Generator.Tests.Support;

namespace Generator.Tests.Publishing;

/// <summary>Feeds are well-formed XML whatever the titles and summaries hold.</summary>
public sealed class FeedTextTests
{
    [Fact]
    public void Characters_XML_cannot_hold_are_left_out_of_the_feeds()
    {
        var site = Repo.Fixture("fuzz", "control-characters-in-title");
        using var temp = new TempDirectory();

        var result = TestBuild.Run(site, temp.Combine("public"));

        Assert.True(result.Succeeded, TestBuild.Describe(result));
        foreach (var feed in new[] { "en/feeds/publications.rss.xml", "en/feeds/publications.atom.xml" })
        {
            var xml = XDocument.Parse(File.ReadAllText(temp.Combine("public", feed)));
            var titles = xml.Descendants().Where(e => e.Name.LocalName == "title").Select(e => e.Value).ToList();
            Assert.Contains("Site: Policy guidelines and statements", titles);
            Assert.Contains("Charter", titles);
        }
    }
}
