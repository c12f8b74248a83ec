using Generator.IO;

namespace Generator.Publishing;

/// <summary>
/// Stage 8: writes the plan into a fresh folder beside the output folder and swaps it in only
/// when every file is written, so readers (and a dev server) never see a half-built site and a
/// failed build leaves the previous output as it was.
/// </summary>
public sealed class OutputWriter(IFileSystem fileSystem)
{
    /// <param name="finish">Runs on the complete staging folder before it is swapped in (the search index is made there).</param>
    public int Write(OutputPlan plan, string outputDirectory, int parallelism, CancellationToken cancellationToken, Action<string>? finish = null)
    {
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var staging = $"{output}.staging-{Guid.NewGuid():N}";
        var retired = $"{output}.old-{Guid.NewGuid():N}";
        fileSystem.CreateDirectory(staging);
        try
        {
            Parallel.ForEach(plan.Files, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = parallelism }, file =>
            {
                var target = Path.Combine(staging, file.Path);
                if (file.Bytes is { } bytes)
                {
                    fileSystem.WriteAllBytes(target, bytes);
                }
                else
                {
                    fileSystem.CopyFile(file.CopyFrom!, target);
                }
            });

            finish?.Invoke(staging);
            cancellationToken.ThrowIfCancellationRequested();
            var hadOutput = fileSystem.DirectoryExists(output);
            if (hadOutput)
            {
                fileSystem.MoveDirectory(output, retired);
            }

            fileSystem.MoveDirectory(staging, output);
            if (hadOutput)
            {
                fileSystem.DeleteDirectory(retired);
            }
        }
        catch
        {
            fileSystem.DeleteDirectory(staging);
            throw;
        }

        return plan.Files.Length;
    }
}
