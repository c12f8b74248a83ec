using System.Text.RegularExpressions;
using Generator.Tests.Support;

namespace Generator.Tests.Build;

/// <summary>The real site (input/ with theme/) builds cleanly and its multilingual links hold.</summary>
public sealed partial class RealSiteTests : IClassFixture<RealSiteTests.BuiltSite>
{
    private readonly BuiltSite _site;

    public RealSiteTests(BuiltSite site) => _site = site;

    public sealed class BuiltSite : IDisposable
    {
        private readonly TempDirectory _temp = new();

        public BuiltSite()
        {
            Output = _temp.Combine("public");
            Result = TestBuild.Run(Repo.Root, Output);
        }

        public string Output { get; }

        public Generator.Build.BuildResult Result { get; }

        public IEnumerable<string> HtmlFiles => GoldenDirectory.Files(Output).Where(f => f.EndsWith(".html", StringComparison.Ordinal));

        public string Read(string path) => File.ReadAllText(Path.Combine(Output, path));

        public void Dispose() => _temp.Dispose();
    }

    [Fact]
    public void No_page_has_an_empty_heading()
    {
        var empty = _site.HtmlFiles.Where(f => EmptyHeading().IsMatch(File.ReadAllText(Path.Combine(_site.Output, f)))).ToList();
        Assert.True(empty.Count == 0, string.Join("\n", empty));
    }

    [Fact]
    public void Each_link_target_is_listed_once_at_a_pages_foot_under_headings_that_differ()
    {
        foreach (var file in _site.HtmlFiles)
        {
            var html = File.ReadAllText(Path.Combine(_site.Output, file));
            var sections = FootSection().Matches(html).Select(m => m.Value).ToList();
            var targets = sections.SelectMany(s => Href().Matches(s).Select(h => h.Groups[1].Value)).ToList();
            Assert.True(targets.Count == targets.Distinct().Count(), $"{file}: {string.Join(", ", targets.GroupBy(t => t).Where(g => g.Count() > 1).Select(g => g.Key))} listed twice");
            var headings = sections.Select(s => SectionHeading().Match(s).Groups[1].Value).ToList();
            Assert.True(headings.Count == headings.Distinct().Count(), $"{file}: a heading twice among {string.Join(" | ", headings)}");
        }
    }

    [GeneratedRegex(@"<h[1-6][^>]*>\s*</h[1-6]>")]
    private static partial Regex EmptyHeading();

    [GeneratedRegex(@"<section class=""(?:relations|related|backlinks)""[^>]*>.*?</section>", RegexOptions.Singleline)]
    private static partial Regex FootSection();

    [GeneratedRegex(@"<h2 id=""[^""]*"">([^<]*)</h2>")]
    private static partial Regex SectionHeading();

    [GeneratedRegex(@"href=""([^""]+)""")]
    private static partial Regex Href();

    [Fact]
    public void Builds_without_errors_or_warnings()
    {
        Assert.True(_site.Result.Succeeded, TestBuild.Describe(_site.Result));
        Assert.Empty(_site.Result.Diagnostics);
    }

    [Theory]
    [InlineData("en/events/toulouse-2019/index.html", "9–10 April 2019")]
    [InlineData("fr/evenements/reunion-toulouse-2019/index.html", "9–10 avril 2019")]
    [InlineData("nl/evenementen/bijeenkomst-toulouse-2019/index.html", "9–10 april 2019")]
    public void Dates_are_written_in_each_language_a_range_once(string page, string range)
    {
        var (start, end) = (range[..range.IndexOf('–')], range[(range.IndexOf('–') + 1)..]);
        Assert.Contains($"<time datetime=\"2019-04-09\">{start}</time>–<time datetime=\"2019-04-10\">{end}</time>", _site.Read(page));
    }

    [Fact]
    public void Every_page_declares_the_language_of_its_folder()
    {
        foreach (var file in _site.HtmlFiles.Where(f => f.Contains('/')))
        {
            var language = file[..file.IndexOf('/')];
            Assert.Contains($"<html lang=\"{language}\">", _site.Read(file));
        }
    }

    [Fact]
    public void Language_switcher_links_lead_to_pages_that_exist()
    {
        var checkedLinks = 0;
        foreach (var file in _site.HtmlFiles.Where(f => f.Contains('/')))
        {
            foreach (Match link in SwitcherLink().Matches(_site.Read(file)))
            {
                var url = link.Groups["url"].Value.TrimStart('/');
                var target = url.EndsWith(".html", StringComparison.Ordinal) ? url : url + "index.html";
                Assert.True(File.Exists(Path.Combine(_site.Output, target)), $"{file}: switcher link {link.Value} leads nowhere");
                checkedLinks++;
            }
        }

        Assert.True(checkedLinks > 50, $"only {checkedLinks} switcher links found");
    }

    [Fact]
    public void Alternate_links_name_real_translations_and_x_default()
    {
        var html = _site.Read("fr/groupe-de-travail/index.html");

        Assert.Equal(["en", "fr", "nl", "x-default"], Alternate().Matches(html).Select(m => m.Groups["lang"].Value));
        Assert.Contains("hreflang=\"x-default\" href=\"https://migration-integration.netlify.app/en/working-group/\"", html);
    }

    [GeneratedRegex("<a href=\"(?<url>[^\"]+)\" hreflang=\"[a-z]+\" lang=\"[a-z]+\" data-set-language=\"[a-z]+\">")]
    private static partial Regex SwitcherLink();

    [GeneratedRegex("<link rel=\"alternate\" hreflang=\"(?<lang>[a-z-]+)\"")]
    private static partial Regex Alternate();
}
