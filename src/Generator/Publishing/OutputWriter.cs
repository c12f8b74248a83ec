using Generator.IO;

namespace Generator.Publishing;

/// <summary>
/// Stage 8: writes the plan. Only a build without errors gets here, so a failed build leaves the
/// output folder as it was. A first build (no output folder yet) writes into a fresh folder
/// beside it and renames it into place when every file is written. A rebuild into an existing
/// folder (the everyday case) writes only the files whose bytes changed and deletes only the
/// files an earlier build wrote (its <see cref="OutputManifest"/>) that the plan no longer has,
/// so unchanged files keep their dates, nothing is written twice, and no file the generator did
/// not write is ever deleted. A folder of other files, or one with symbolic links, is refused.
/// </summary>
public sealed class OutputWriter(IFileSystem fileSystem)
{
    /// <summary>Files the build does not plan but must leave alone: the search index, made after the pages.</summary>
    public static readonly string[] OwnedByLaterSteps = ["pagefind/"];

    /// <param name="finish">Runs on the complete output (the search index is made there) before the method returns.</param>
    /// <returns>How many files were written (created or changed) and deleted.</returns>
    public WriteResult Write(OutputPlan plan, string outputDirectory, int parallelism, CancellationToken cancellationToken, Action<string>? finish = null)
    {
        var output = Path.GetFullPath(outputDirectory);
        output = Path.GetPathRoot(output) == output ? output : output.TrimEnd(Path.DirectorySeparatorChar);
        return fileSystem.DirectoryExists(output)
            ? Update(plan, output, Previous(output), parallelism, cancellationToken, finish)
            : Create(plan, output, parallelism, cancellationToken, finish);
    }

    private WriteResult Create(OutputPlan plan, string output, int parallelism, CancellationToken cancellationToken, Action<string>? finish)
    {
        var staging = $"{output}.staging-{Guid.NewGuid():N}";
        fileSystem.CreateDirectory(staging);
        try
        {
            CreateFolders(plan, staging, parallelism, cancellationToken);
            Parallel.ForEach(plan.Files, Options(parallelism, cancellationToken), file => Put(file, Path.Combine(staging, file.Path), fresh: true));
            finish?.Invoke(staging);
            fileSystem.CreateFile(Path.Combine(staging, OutputManifest.FileName), Manifest(plan, finish).ToBytes());
            cancellationToken.ThrowIfCancellationRequested();
            fileSystem.MoveDirectory(staging, output);
        }
        catch
        {
            fileSystem.DeleteDirectory(staging);
            throw;
        }

        return new WriteResult(plan.Files.Length, 0);
    }

    /// <summary>
    /// Checks, before a build does its work, that the output folder is new, empty or an earlier
    /// build's (it holds a manifest); throws <see cref="OutputRefusedException"/> otherwise. The
    /// full check (symbolic links included) runs again when the build writes.
    /// </summary>
    public void CheckWritable(string outputDirectory)
    {
        var output = Path.GetFullPath(outputDirectory);
        if (fileSystem.DirectoryExists(output) && !fileSystem.FileExists(Path.Combine(output, OutputManifest.FileName)))
        {
            Previous(output);
        }
    }

    /// <summary>
    /// What an earlier build wrote into an existing folder, and the files it holds that no build
    /// wrote; refuses a folder with symbolic links, or with files but no sign of a build.
    /// </summary>
    private (OutputManifest Manifest, IReadOnlyList<string> Others) Previous(string output)
    {
        var listing = fileSystem.ListFiles(output, output);
        if (listing.FollowedLinks.Concat(listing.SkippedLinks.Select(l => l.Path)).Order(StringComparer.Ordinal).FirstOrDefault() is { } link)
        {
            throw new OutputRefusedException($"the output folder holds a symbolic link ({PathUtil.Relative(output, link)}), and the build does not write through links",
                "delete the links from the output folder, or choose another with --output");
        }

        var files = listing.Files.Select(path => PathUtil.Relative(output, path)).Where(path => path != OutputManifest.FileName).ToList();
        var manifestPath = Path.Combine(output, OutputManifest.FileName);
        if (fileSystem.FileExists(manifestPath) && OutputManifest.Parse(System.Text.Encoding.UTF8.GetString(fileSystem.ReadAllBytes(manifestPath))) is { } manifest)
        {
            return (manifest, [.. files.Where(f => !manifest.Files.Contains(f) && !manifest.Folders.Any(folder => f.StartsWith(folder, StringComparison.Ordinal)))]);
        }

        if (files.Count == 0 || IsLegacyBuild(output))
        {
            var owned = files.Where(f => !OwnedByLaterSteps.Any(folder => f.StartsWith(folder, StringComparison.Ordinal)));
            return (new OutputManifest(owned.ToHashSet(StringComparer.Ordinal), OwnedByLaterSteps.ToHashSet(StringComparer.Ordinal)), []);
        }

        throw new OutputRefusedException(
            $"the output folder holds {files.Count} file{(files.Count == 1 ? string.Empty : "s")} the generator did not write, such as {files[0]}",
            "choose a new or empty folder with --output, or empty this one: a build deletes the files it no longer makes, so it writes only into folders of its own");
    }

    /// <summary>A folder written by a build from before the manifest: its <c>_redirects</c> carries the build's signature.</summary>
    private bool IsLegacyBuild(string output)
    {
        var redirects = Path.Combine(output, "_redirects");
        return fileSystem.FileExists(redirects)
            && System.Text.Encoding.UTF8.GetString(fileSystem.ReadAllBytes(redirects)).StartsWith(OutputManifest.LegacySignature, StringComparison.Ordinal);
    }

    private static OutputManifest Manifest(OutputPlan plan, Action<string>? finish) =>
        new(plan.Files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal),
            finish is null ? new HashSet<string>() : OwnedByLaterSteps.ToHashSet(StringComparer.Ordinal));

    /// <summary>Every folder the plan's files go in, each made once: level by level, each level in parallel.</summary>
    private void CreateFolders(OutputPlan plan, string root, int parallelism, CancellationToken cancellationToken)
    {
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in plan.Files)
        {
            for (var slash = file.Path.LastIndexOf('/'); slash > 0 && folders.Add(file.Path[..slash]); slash = file.Path.LastIndexOf('/', slash - 1))
            {
            }
        }

        foreach (var level in folders.GroupBy(f => f.Count(c => c == '/')).OrderBy(g => g.Key))
        {
            Parallel.ForEach(level, Options(parallelism, cancellationToken), folder => fileSystem.CreateDirectory(Path.Combine(root, folder)));
        }
    }

    private WriteResult Update(OutputPlan plan, string output, (OutputManifest Manifest, IReadOnlyList<string> Others) previous, int parallelism, CancellationToken cancellationToken, Action<string>? finish)
    {
        var planned = plan.Files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var stale = previous.Manifest.Files.Where(path => !planned.Contains(path) && fileSystem.FileExists(Path.Combine(output, path)))
            .Order(StringComparer.Ordinal).ToList();
        // Vanished files go first, with the folders they leave empty, so a new file may take the
        // place of an old folder (a page's folder replaced by a static file of the same name).
        foreach (var path in stale)
        {
            fileSystem.DeleteFile(Path.Combine(output, path));
        }

        RemoveEmptyFolders(output, stale);
        var written = 0;
        Parallel.ForEach(plan.Files, Options(parallelism, cancellationToken), file =>
        {
            var target = Path.Combine(output, file.Path);
            if (!Same(file, target))
            {
                Put(file, target, fresh: false);
                Interlocked.Increment(ref written);
            }
        });

        // A later step's folder from an earlier build goes when that step no longer runs (search turned off).
        foreach (var folder in previous.Manifest.Folders.Where(_ => finish is null))
        {
            fileSystem.DeleteDirectory(Path.Combine(output, folder));
        }

        finish?.Invoke(output);
        fileSystem.WriteAllBytes(Path.Combine(output, OutputManifest.FileName), Manifest(plan, finish).ToBytes());
        return new WriteResult(written, stale.Count) { Others = previous.Others };
    }

    /// <summary>The folders of deleted files that hold nothing any more, deepest first (never the output folder itself).</summary>
    private void RemoveEmptyFolders(string output, IEnumerable<string> deleted)
    {
        var folders = deleted.SelectMany(path => Ancestors(path)).Distinct(StringComparer.Ordinal)
            .OrderByDescending(folder => folder.Count(c => c == '/')).ThenBy(folder => folder, StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            var full = Path.Combine(output, folder);
            if (fileSystem.DirectoryExists(full) && fileSystem.IsEmptyDirectory(full))
            {
                fileSystem.DeleteDirectory(full);
            }
        }

        static IEnumerable<string> Ancestors(string path)
        {
            for (var slash = path.LastIndexOf('/'); slash > 0; slash = path.LastIndexOf('/', slash - 1))
            {
                yield return path[..slash];
            }
        }
    }

    /// <param name="fresh">The target is new in a folder that exists (a first build's staging folder).</param>
    private void Put(PlannedOutput file, string target, bool fresh)
    {
        if (file.Bytes is { } bytes && fresh)
        {
            fileSystem.CreateFile(target, bytes);
        }
        else if (file.Bytes is { } changed)
        {
            fileSystem.WriteAllBytes(target, changed);
        }
        else
        {
            fileSystem.CopyFile(file.CopyFrom!, target);
        }
    }

    /// <summary>The file at <paramref name="target"/> already has the planned bytes.</summary>
    private bool Same(PlannedOutput file, string target)
    {
        if (!fileSystem.FileExists(target))
        {
            return false;
        }

        var existing = fileSystem.ReadAllBytes(target);
        var wanted = file.Bytes ?? fileSystem.ReadAllBytes(file.CopyFrom!);
        return existing.AsSpan().SequenceEqual(wanted);
    }

    private static ParallelOptions Options(int parallelism, CancellationToken cancellationToken) =>
        new() { CancellationToken = cancellationToken, MaxDegreeOfParallelism = parallelism };
}

/// <summary>What writing the output did: files created or changed, and files deleted.</summary>
public sealed record WriteResult(int Written, int Deleted)
{
    /// <summary>Files in the output folder that no build wrote: left as they are.</summary>
    public IReadOnlyList<string> Others { get; init; } = [];
}
