using Generator.Diagnostics;

namespace Generator.Rendering;

/// <summary>One rendered output: its path under the output folder, its HTML, and where it came from.</summary>
public sealed record RenderedPage(string OutputPath, string Html, string Language, SourceRef Origin);
