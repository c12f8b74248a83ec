namespace Generator.Publishing;

/// <summary>
/// Where a build may write: never the file system's root, never the input or theme folder, a
/// folder inside them, or a folder that holds them (a build deletes what it no longer makes).
/// </summary>
public static class OutputFolder
{
    /// <summary>Why <paramref name="output"/> may not be written, or null when it may.</summary>
    public static string? Problem(string output, string input, string theme)
    {
        var target = Full(output);
        if (Path.GetPathRoot(target) == target)
        {
            return $"the output folder '{output}' is the root of the file system";
        }

        foreach (var (name, folder) in new[] { ("input", input), ("theme", theme) })
        {
            var source = Full(folder);
            if (target == source)
            {
                return $"the output folder '{output}' is the {name} folder";
            }

            if (Inside(target, source))
            {
                return $"the output folder '{output}' lies inside the {name} folder '{folder}'";
            }

            if (Inside(source, target))
            {
                return $"the output folder '{output}' holds the {name} folder '{folder}'";
            }
        }

        return null;
    }

    private static bool Inside(string path, string folder) =>
        path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal) || (folder.EndsWith(Path.DirectorySeparatorChar) && path.StartsWith(folder, StringComparison.Ordinal) && path != folder);

    private static string Full(string path)
    {
        var full = Path.GetFullPath(path);
        return Path.GetPathRoot(full) == full ? full : full.TrimEnd(Path.DirectorySeparatorChar);
    }
}
