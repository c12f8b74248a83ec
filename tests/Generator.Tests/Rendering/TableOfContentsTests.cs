using Generator.Tests.Support;

namespace Generator.Tests.Rendering;

/// <summary>The table of contents nests level 3 headings under their level 2 heading, so that its numbers do not run 1, 2, 3, 10, 11.</summary>
public sealed class TableOfContentsTests
{
    [Fact]
    public void Sub_headings_nest_under_their_heading_with_the_projects_theme()
    {
        using var site = new TempDirectory();
        site.Write("input/site.yml", "baseUrl: https://example.org/\nlanguages:\n  en: { name: English, culture: en-GB, title: Site }\n");
        site.Write("input/content/a.md", "---\ntitle: A\n---\n### Before\n\n## One\n\n### One a\n\n### One b\n\n## Two\n\n## Three\n\n### Three a\n");

        var result = TestBuild.Run(site.Path, site.Combine("public"), themeDirectory: Path.Combine(Repo.Root, "theme"));

        Assert.True(result.Succeeded, TestBuild.Describe(result));
        var html = File.ReadAllText(site.Combine("public", "en", "a", "index.html"));
        var toc = html[html.IndexOf("<nav class=\"toc\"", StringComparison.Ordinal)..];
        toc = toc[..(toc.IndexOf("</nav>", StringComparison.Ordinal) + 6)];
        Assert.Equal(
            "<ol>|<li><a href=\"#before\">Before</a>|</li>|<li><a href=\"#one\">One</a>|<ol>|<li><a href=\"#one-a\">One a</a></li>|<li><a href=\"#one-b\">One b</a></li>|</ol>|</li>|"
            + "<li><a href=\"#two\">Two</a>|</li>|<li><a href=\"#three\">Three</a>|<ol>|<li><a href=\"#three-a\">Three a</a></li>|</ol>|</li>|</ol>",
            string.Join('|', toc.Split('\n').SkipWhile(l => l != "<ol>").TakeWhile(l => l != "</nav>")));
    }
}
