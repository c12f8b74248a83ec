namespace Generator.IO;

/// <summary>Path helpers that keep display and output paths in one form: forward slashes.</summary>
public static class PathUtil
{
    /// <summary>
    /// The path with forward slashes. Only where the backslash separates folders (Windows): on
    /// Linux and macOS it is a character a file name may hold, and is kept.
    /// </summary>
    public static string ToForwardSlashes(string path) =>
        Path.DirectorySeparatorChar == '\\' ? path.Replace('\\', '/') : path;

    /// <summary>The path of <paramref name="path"/> relative to <paramref name="root"/>, with forward slashes.</summary>
    public static string Relative(string root, string path) =>
        ToForwardSlashes(Path.GetRelativePath(root, path));
}
