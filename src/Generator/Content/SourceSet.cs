using System.Collections.Immutable;

namespace Generator.Content;

/// <summary>Everything stage 2 loaded: configuration, content, static files, layouts and UI strings (the theme's in <see cref="UiStrings"/>, the site's in <see cref="SiteUiStrings"/>).</summary>
public sealed record SourceSet(
    SourceFile? SiteConfig,
    ImmutableArray<SourceFile> Content,
    ImmutableArray<SourceFile> Static,
    ImmutableArray<SourceFile> Layouts,
    ImmutableArray<SourceFile> UiStrings)
{
    /// <summary><c>input/published-urls.txt</c>, the record of every URL the site has published, when there is one.</summary>
    public SourceFile? UrlRecord { get; init; }

    /// <summary>The shortcode templates, <c>theme/shortcodes/*.html</c> and the site's <c>input/shortcodes/*.html</c> in place of the theme's of the same name, each named <c>shortcodes/{name}.html</c>.</summary>
    public ImmutableArray<SourceFile> Shortcodes { get; init; } = [];

    /// <summary>The site's own UI strings, <c>input/i18n/*.yml</c>: per language, they add to the theme's and replace its keys of the same name.</summary>
    public ImmutableArray<SourceFile> SiteUiStrings { get; init; } = [];

    /// <summary>What could not be read: symbolic links not followed (warnings), files that failed to read (errors).</summary>
    public ImmutableArray<Diagnostics.Diagnostic> Problems { get; init; } = [];
}
