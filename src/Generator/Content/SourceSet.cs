using System.Collections.Immutable;

namespace Generator.Content;

/// <summary>Everything stage 2 loaded: configuration, content, static files, layouts and UI strings.</summary>
public sealed record SourceSet(
    SourceFile? SiteConfig,
    ImmutableArray<SourceFile> Content,
    ImmutableArray<SourceFile> Static,
    ImmutableArray<SourceFile> Layouts,
    ImmutableArray<SourceFile> UiStrings)
{
    /// <summary><c>input/published-urls.txt</c>, the record of every URL the site has published, when there is one.</summary>
    public SourceFile? UrlRecord { get; init; }

    /// <summary>What could not be read: symbolic links not followed (warnings), files that failed to read (errors).</summary>
    public ImmutableArray<Diagnostics.Diagnostic> Problems { get; init; } = [];
}
