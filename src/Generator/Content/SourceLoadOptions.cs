namespace Generator.Content;

/// <summary>
/// What the load stage reads and how it names what it read: the site's folder (<c>input/</c>) and
/// the theme's, how many files are read at once, and how a path is shown in diagnostics and in
/// <see cref="SourceFile.DisplayPath"/>.
/// </summary>
public sealed record SourceLoadOptions(string InputDirectory, string ThemeDirectory)
{
    /// <summary>How many files are read at once. The sources do not depend on it.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>A path as diagnostics name it (relative to the folder the build is run from, say); the path as given by default.</summary>
    public Func<string, string> Display { get; init; } = path => path;

    /// <summary>A file of the input folder read beside the content when it exists (the record of published URLs), or none.</summary>
    public string? RecordFileName { get; init; }
}
