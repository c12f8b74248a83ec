using Generator.Diagnostics;

namespace Generator.Rendering;

/// <summary>One rendered output: its path under the output folder, its HTML as UTF-8, and where it came from.</summary>
public sealed record RenderedPage(string OutputPath, byte[] Html, string Language, SourceRef Origin)
{
    /// <summary>What the page is, for messages about it ("the French fallback page of x.en.md").</summary>
    public string? Claim { get; init; }
}
