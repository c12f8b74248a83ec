using System.Collections.Immutable;
using Generator.Configuration;
using Generator.Content;
using Generator.Diagnostics;
using Generator.Linking;
using Generator.Model;
using Generator.Publishing;
using Generator.Rendering;

namespace Generator.Build;

/// <summary>
/// Everything a successful build made, kept by a session's <see cref="BuildCache"/> so that the
/// next build can start from it when only some documents' bodies changed.
/// </summary>
internal sealed record BuildState(
    BuildOptions Options,
    DateTimeOffset Today,
    SourceSet Sources,
    SiteConfig Config,
    ImmutableArray<ParsedDocument> Documents,
    SiteModel Model,
    LinkResolver Resolver,
    LinkGraph Graph,
    TemplateSet Templates,
    UiStrings Strings,
    AssetManifest Assets,
    OutputPlan Plan,
    ImmutableArray<Diagnostic> Diagnostics,
    BuildStatistics Statistics);
