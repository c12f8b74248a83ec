namespace Generator.IO;

/// <summary>
/// The files below a folder, in ordinal order, and the symbolic links that were not followed,
/// each with the reason.
/// </summary>
public sealed record FileListing(IReadOnlyList<string> Files, IReadOnlyList<(string Path, SkippedLink Reason)> SkippedLinks)
{
    public static readonly FileListing Empty = new([], []);

    /// <summary>The symbolic links that were followed (they lead inside the boundary).</summary>
    public IReadOnlyList<string> FollowedLinks { get; init; } = [];
}

/// <summary>Why a symbolic link was not followed.</summary>
public enum SkippedLink
{
    /// <summary>Its target lies outside the folder the build may read.</summary>
    Outside,

    /// <summary>Its target does not exist, or the chain of links cannot be resolved.</summary>
    Dangling,

    /// <summary>It leads to a folder that is read already (one of its parents, say).</summary>
    Loop,
}
