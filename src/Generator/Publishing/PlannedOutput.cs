using Generator.Diagnostics;

namespace Generator.Publishing;

/// <summary>
/// One file of the site: its path under the output folder (forward slashes), and either its
/// bytes or the source file to copy. <see cref="Origin"/> names the input that produced it.
/// </summary>
public sealed record PlannedOutput(string Path, byte[]? Bytes, string? CopyFrom, SourceRef Origin)
{
    /// <summary>What claims the path, for messages (the origin's file when not given).</summary>
    public string? Claim { get; init; }

    public string Claimant => Claim ?? Origin.File;
}
