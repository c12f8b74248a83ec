using Generator.Publishing.Formats;

namespace Generator.Tests.Publishing;

/// <summary>The theme's stylesheets are published smaller, meaning the same.</summary>
public sealed class CssMinifierTests
{
    [Fact]
    public void Comments_and_spacing_go_and_strings_urls_and_descendant_pseudo_classes_stay()
    {
        const string css = """
            /* A comment; with } braces */
            .a  >  .b ,
            .c :hover {
              content: "  a ;} b  ";
              background: url( "x y.png" ) no-repeat;
              font: 9pt Arial, "Nimbus Sans", sans-serif;
            }
            @media (max-width: 36rem) { .d { width: calc(100% - 1rem); } }
            """;

        Assert.Equal(
            ".a>.b,.c :hover{content: \"  a ;} b  \";background: url( \"x y.png\" ) no-repeat;font: 9pt Arial,\"Nimbus Sans\",sans-serif}@media (max-width: 36rem){.d{width: calc(100% - 1rem)}}",
            CssMinifier.Minify(css));
    }

    [Fact]
    public void The_themes_stylesheet_is_a_fifth_smaller_and_keeps_every_rule()
    {
        var css = File.ReadAllText(Path.Combine(Support.Repo.Root, "theme", "static", "css", "site.css"));

        var minified = CssMinifier.Minify(css);

        Assert.True(minified.Length < css.Length * 4 / 5, $"{minified.Length} of {css.Length} characters");
        Assert.Equal(css.Count(c => c == '{'), minified.Count(c => c == '{'));
        Assert.Equal(css.Count(c => c == '}'), minified.Count(c => c == '}'));
    }
}
