namespace Generator.IO;

/// <summary>
/// Lists a folder's files recursively without leaving a boundary folder: a symbolic link is
/// followed only when its final target exists and lies inside the boundary (so a link in a pull
/// request cannot publish a file from elsewhere on the build machine), and a folder is read once
/// however many links lead to it (so a link to a parent folder cannot loop). Entries are read
/// in ordinal order, so the same tree always gives the same listing.
/// </summary>
internal static class SafeDirectoryWalker
{
    private const int MaxLinkDepth = 40;

    private static readonly EnumerationOptions Entries = new() { RecurseSubdirectories = false, AttributesToSkip = 0, IgnoreInaccessible = false };

    public static FileListing List(string directory, string boundary)
    {
        if (!Directory.Exists(directory))
        {
            return FileListing.Empty;
        }

        var inside = RealPath(Path.GetFullPath(boundary), 0) + Path.DirectorySeparatorChar;
        var start = Path.GetFullPath(directory);
        // Paths are returned in the form the folder was given in (relative stays relative).
        string AsGiven(string full) => Path.Join(directory, Path.GetRelativePath(start, full));
        var files = new List<string>();
        var skipped = new List<(string, SkippedLink)>();
        var followed = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<(string Path, string Real)>();
        pending.Push((start, RealPath(start, 0)));
        while (pending.Count > 0)
        {
            var (folder, real) = pending.Pop();
            if (!visited.Add(real))
            {
                continue;
            }

            var entries = new DirectoryInfo(folder).GetFileSystemInfos("*", Entries);
            Array.Sort(entries, (a, b) => string.CompareOrdinal(b.Name, a.Name));
            foreach (var entry in entries)
            {
                if (entry.LinkTarget is null)
                {
                    if (entry is DirectoryInfo)
                    {
                        pending.Push((entry.FullName, Path.Combine(real, entry.Name)));
                    }
                    else
                    {
                        files.Add(AsGiven(entry.FullName));
                    }

                    continue;
                }

                var target = FinalTarget(entry);
                if (target is null)
                {
                    skipped.Add((AsGiven(entry.FullName), SkippedLink.Dangling));
                }
                else if (!(target + Path.DirectorySeparatorChar).StartsWith(inside, StringComparison.Ordinal))
                {
                    skipped.Add((AsGiven(entry.FullName), SkippedLink.Outside));
                }
                else if (Directory.Exists(target))
                {
                    if (visited.Contains(target) || (real + Path.DirectorySeparatorChar).StartsWith(target + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                    {
                        skipped.Add((AsGiven(entry.FullName), SkippedLink.Loop));
                    }
                    else
                    {
                        followed.Add(AsGiven(entry.FullName));
                        pending.Push((entry.FullName, target));
                    }
                }
                else
                {
                    followed.Add(AsGiven(entry.FullName));
                    files.Add(AsGiven(entry.FullName));
                }
            }
        }

        files.Sort(StringComparer.Ordinal);
        skipped.Sort((a, b) => string.CompareOrdinal(a.Item1, b.Item1));
        followed.Sort(StringComparer.Ordinal);
        return new FileListing(files, skipped) { FollowedLinks = followed };
    }

    /// <summary>The real path of a link's final target, or null when it is dangling or loops.</summary>
    private static string? FinalTarget(FileSystemInfo link)
    {
        try
        {
            var target = link.ResolveLinkTarget(returnFinalTarget: true);
            return target is { Exists: true } ? RealPath(target.FullName, 0) : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>A path with every symbolic link among its folders resolved, as the kernel would.</summary>
    private static string RealPath(string path, int depth)
    {
        var parent = Path.GetDirectoryName(path);
        if (parent is null || depth > MaxLinkDepth)
        {
            return path;
        }

        var resolved = Path.Combine(RealPath(parent, depth), Path.GetFileName(path));
        try
        {
            if (new FileInfo(resolved).LinkTarget is not null && new FileInfo(resolved).ResolveLinkTarget(returnFinalTarget: true) is { } target)
            {
                return RealPath(target.FullName, depth + 1);
            }
        }
        catch (IOException)
        {
        }

        return resolved;
    }
}
