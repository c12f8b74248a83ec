namespace Generator.IO;

/// <summary>Path helpers that keep display and output paths in one form: forward slashes.</summary>
public static class PathUtil
{
    public static string ToForwardSlashes(string path) => path.Replace('\\', '/');

    /// <summary>The path of <paramref name="path"/> relative to <paramref name="root"/>, with forward slashes.</summary>
    public static string Relative(string root, string path) =>
        ToForwardSlashes(Path.GetRelativePath(root, path));
}
