using Generator.Configuration;
using Generator.Model;

namespace Generator.Rendering;

/// <summary>What the template functions need to know about the page being rendered.</summary>
public sealed record RenderScope(
    SiteModel Model,
    UiStrings Strings,
    LanguageConfig Language,
    PageEntry Page,
    DateTimeOffset Today,
    CancellationToken CancellationToken)
{
    /// <summary>The theme's fingerprinted assets, for <c>asset</c>.</summary>
    public Generator.Model.AssetManifest Assets { get; init; } = Generator.Model.AssetManifest.Empty;
}
