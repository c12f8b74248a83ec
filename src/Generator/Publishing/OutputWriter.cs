using Generator.IO;

namespace Generator.Publishing;

/// <summary>
/// Stage 8: writes the plan. Only a build without errors gets here, so a failed build leaves the
/// output folder as it was. A first build (no output folder yet) writes into a fresh folder
/// beside it and renames it into place when every file is written. A rebuild into an existing
/// folder (the everyday case) writes only the files whose bytes changed and deletes only the
/// files the plan no longer has, so unchanged files keep their dates and nothing is written twice.
/// </summary>
public sealed class OutputWriter(IFileSystem fileSystem)
{
    /// <summary>Files the build does not plan but must leave alone: the search index, made after the pages.</summary>
    public static readonly string[] OwnedByLaterSteps = ["pagefind/"];

    /// <param name="finish">Runs on the complete output (the search index is made there) before the method returns.</param>
    /// <returns>How many files were written (created or changed) and deleted.</returns>
    public WriteResult Write(OutputPlan plan, string outputDirectory, int parallelism, CancellationToken cancellationToken, Action<string>? finish = null)
    {
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        return fileSystem.DirectoryExists(output)
            ? Update(plan, output, parallelism, cancellationToken, finish)
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

    private WriteResult Update(OutputPlan plan, string output, int parallelism, CancellationToken cancellationToken, Action<string>? finish)
    {
        var planned = plan.Files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var prefix = output + Path.DirectorySeparatorChar;
        var stale = fileSystem.EnumerateFiles(output)
            .Select(path => PathUtil.ToForwardSlashes(path[prefix.Length..]))
            .Where(path => !planned.Contains(path) && !OwnedByLaterSteps.Any(owned => path.StartsWith(owned, StringComparison.Ordinal)))
            .ToList();
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
        foreach (var path in stale)
        {
            fileSystem.DeleteFile(Path.Combine(output, path));
        }

        finish?.Invoke(output);
        return new WriteResult(written, stale.Count);
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
public sealed record WriteResult(int Written, int Deleted);
