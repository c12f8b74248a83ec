using Generator.IO;

namespace Generator.Build;

/// <summary>What to build and where. Paths may be relative to the current directory.</summary>
public sealed record BuildOptions
{
    public string InputDirectory { get; init; } = "input";

    public string ThemeDirectory { get; init; } = "theme";

    public string OutputDirectory { get; init; } = "public";

    /// <summary>Replaces <c>baseUrl</c> from site.yml (deploy previews, local preview).</summary>
    public string? BaseUrl { get; init; }

    /// <summary>
    /// Replaces the scheme, host and port of the base URL and keeps its path (<c>serve</c>'s own
    /// address), so that links written from the site's root work in the preview as published.
    /// </summary>
    public string? BaseUrlOrigin { get; init; }

    /// <summary>Publish documents marked <c>draft: true</c>.</summary>
    public bool IncludeDrafts { get; init; }

    /// <summary>Publish documents whose <c>publishDate</c> is still in the future.</summary>
    public bool IncludeFuture { get; init; }

    /// <summary>After a successful build, add the pages' URLs to <c>input/published-urls.txt</c> (created if missing).</summary>
    public bool RecordUrls { get; init; }

    /// <summary>False for <c>check</c>: every stage runs, nothing is written.</summary>
    public bool WriteOutput { get; init; } = true;

    /// <summary>
    /// Print the PDFs of record when site.yml says <c>pdf: true</c> (<c>--no-pdf</c> turns it off:
    /// pages then omit the link).
    /// </summary>
    public bool PrintPdf { get; init; } = true;

    /// <summary>The Chromium that prints PDFs, instead of the one found on this machine; an empty string finds none.</summary>
    public string? Browser { get; init; }

    /// <summary>
    /// The folder of what one build keeps for the next (printed PDFs): <c>.cache</c> beside the
    /// output folder unless given; an empty string keeps nothing.
    /// </summary>
    public string? CacheDirectory { get; init; }

    /// <summary>The cache folder this build uses, or null for none.</summary>
    public string? CacheFolder => CacheDirectory is { } given
        ? given.Length == 0 ? null : Path.GetFullPath(given)
        : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(OutputDirectory).TrimEnd(Path.DirectorySeparatorChar)) ?? ".", ".cache");

    /// <summary>How many threads parse and render. The output does not depend on it.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Diagnostics name files relative to this folder.</summary>
    public string DisplayRoot { get; init; } = Directory.GetCurrentDirectory();

    public string Display(string path) => PathUtil.Relative(DisplayRoot, Path.GetFullPath(path));
}
