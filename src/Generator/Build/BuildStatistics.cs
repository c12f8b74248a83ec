using System.Collections.Immutable;

namespace Generator.Build;

/// <summary>Pages per language, the site's files, and how long each stage took.</summary>
public sealed record BuildStatistics(
    ImmutableSortedDictionary<string, int> PagesPerLanguage,
    int FilesWritten,
    TimeSpan Elapsed,
    ImmutableArray<StageTiming> Stages)
{
    public static readonly BuildStatistics Empty = new(ImmutableSortedDictionary<string, int>.Empty, 0, TimeSpan.Zero, []);

    /// <summary>Pages that went through the templates; with a <see cref="BuildCache"/>, the others were reused.</summary>
    public int PagesRendered { get; init; }

    /// <summary>Of <see cref="FilesWritten"/> (the site's files), those whose bytes were written: new or changed.</summary>
    public int FilesChanged { get; init; }

    /// <summary>Files of an earlier build that the site no longer has, deleted.</summary>
    public int FilesDeleted { get; init; }

    /// <summary>Writing into an earlier build's folder failed part-way: some of its files may be the new ones.</summary>
    public bool OutputPartlyWritten { get; init; }

    /// <summary>Nothing had changed since the last build recorded in the build cache: no stage ran, nothing was written.</summary>
    public bool FromCache { get; init; }
}
