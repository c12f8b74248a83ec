using Generator.Tests.Support;

namespace Generator.Tests.Rendering;

/// <summary>Templates escape every value they output, except rendered Markdown and included partials.</summary>
public sealed class EscapingTests
{
    [Fact]
    public void Values_are_escaped_while_markdown_and_partials_are_not()
    {
        using var site = new TempDirectory();
        site.Write("input/site.yml", "typography: false\nlanguages:\n  en: { name: English, culture: en-GB, title: \"Site <b>\" }\n");
        site.Write("input/content/note.md", "---\ntitle: \"A <script>alert('x')</script> & co\"\nsummary: \"\\\"quoted\\\"\"\n---\n*emphasis* <span class=\"raw\">inline html</span>\n");
        site.Write("theme/layouts/base.html", "<html lang=\"{{ page.lang }}\"><title>{{ page.title }}</title>{{ content }}</html>\n");
        site.Write("theme/layouts/single.html", "<p title=\"{{ page.summary }}\">{{ site.title }}</p>{{ page.content }}{{ include 'partials/p.html' }}\n");
        site.Write("theme/layouts/list.html", "{{ page.title }}\n");
        site.Write("theme/layouts/partials/p.html", "<footer>{{ page.title | string.size }}</footer>\n");
        site.Write("theme/i18n/en.yml", "x: y\n");

        var result = TestBuild.Run(site.Path, site.Combine("public"));

        Assert.True(result.Succeeded, TestBuild.Describe(result));
        Assert.Equal(
            "<html lang=\"en\"><title>A &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co</title>"
            + "<p title=\"&quot;quoted&quot;\">Site &lt;b&gt;</p><p><em>emphasis</em> <span class=\"raw\">inline html</span></p>\n"
            + "<footer>34</footer>\n\n</html>\n",
            File.ReadAllText(site.Combine("public", "en", "note", "index.html")));
    }

    [Theory]
    [InlineData("a\u0007b", "a\uFFFDb")]
    [InlineData("\u0000<x>\u001b", "\uFFFD&lt;x&gt;\uFFFD")]
    [InlineData("tab\tnew\nline\u0085", "tab\tnew\nline\uFFFD")]
    public void Control_characters_become_the_replacement_character(string text, string escaped)
    {
        Assert.Equal(escaped, Generator.Rendering.HtmlText.Escape(text));
        var output = new Generator.Rendering.TemplateOutput();
        output.AppendEscaped(text);
        Assert.Equal(escaped, output.ToString());
    }
}
