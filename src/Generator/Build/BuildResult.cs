using System.Collections.Immutable;
using Generator.Diagnostics;

namespace Generator.Build;

/// <summary>What a build produced: its diagnostics and its figures. It succeeded when no diagnostic is an error.</summary>
public sealed record BuildResult(ImmutableArray<Diagnostic> Diagnostics, BuildStatistics Statistics)
{
    /// <summary>Every file of the site, when the build succeeded (also when nothing was written, as in <c>serve</c>).</summary>
    public Publishing.OutputPlan? Output { get; init; }

    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    public int WarningCount => Diagnostics.Count(d => !d.IsError);

    /// <summary>A bug in the generator was met (reported as <see cref="Generator.Diagnostics.DiagnosticCodes.InternalError"/>).</summary>
    public bool HasInternalError => Diagnostics.Any(d => d.Code == Generator.Diagnostics.DiagnosticCodes.InternalError);
}
