using System.Collections.Immutable;
using Generator.Diagnostics;
using Generator.Linking;
using Generator.Model;

namespace Generator.Build;

/// <summary>
/// Everything a successful build made, kept by a session's <see cref="BuildCache"/> so that the
/// next build can start from it when only some documents' bodies changed.
/// </summary>
internal sealed record BuildState(
    BuildOptions Options,
    DateTimeOffset Today,
    SiteRun Run,
    ImmutableArray<Diagnostic> Diagnostics,
    BuildStatistics Statistics)
{
    public SiteModel Model => Run.Model!;

    public LinkGraph Graph => Run.Graph!;
}
