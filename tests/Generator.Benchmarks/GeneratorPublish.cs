namespace Generator.Benchmarks;

/// <summary>The generator as <c>.ci/build-site.sh</c> runs it: published (Release, ReadyToRun) for this machine.</summary>
public static class GeneratorPublish
{
    /// <summary>Publishes into a temporary folder; returns the executable, or null when publishing failed.</summary>
    public static string? Run(string repoRoot)
    {
        var folder = Path.Combine(Path.GetTempPath(), "generator-benchmark-publish");
        Console.WriteLine($"publishing the generator (Release, ReadyToRun) into {folder}");
        var measured = ChildMeter.Run("dotnet", ["publish", Path.Combine(repoRoot, "src", "Generator.Cli"), "-c", "Release", "--use-current-runtime",
            "--self-contained", "false", "-o", folder, "--nologo", "-v", "quiet"], repoRoot, CancellationToken.None);
        if (measured.ExitCode != 0)
        {
            Console.Error.WriteLine($"dotnet publish failed:\n{measured.Stdout}\n{measured.Stderr}");
            return null;
        }

        return Path.Combine(folder, OperatingSystem.IsWindows() ? "Generator.Cli.exe" : "Generator.Cli");
    }
}
