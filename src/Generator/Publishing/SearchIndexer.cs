using System.Diagnostics;

namespace Generator.Publishing;

/// <summary>
/// The build's last step when <c>site.yml</c> says <c>search: true</c>: Pagefind (the npm
/// package pinned by the repository's lock file) indexes the written site, one index per
/// language (from each page's <c>lang</c>), only the content that pages mark with
/// <c>data-pagefind-body</c>. Its native program for this platform is run directly (the npm
/// package's Node.js wrapper would only start it, at the cost of starting Node.js); it must be
/// installed in a <c>node_modules</c> folder of the site's folder or one above it. Without it
/// the build warns once and the search pages say that search is unavailable.
/// </summary>
public sealed class SearchIndexer(string executable)
{
    /// <summary>Pagefind's program, full path.</summary>
    public string Executable => executable;

    /// <summary>Finds Pagefind's program for this platform from <paramref name="directory"/> upwards, or returns null and why not.</summary>
    public static SearchIndexer? Locate(string directory, out string? missing)
    {
        // The package names of @pagefind's platform packages: Node.js's names for the system and processor.
        var platform = OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "darwin" : OperatingSystem.IsFreeBSD() ? "freebsd" : "linux";
        var arch = System.Runtime.InteropServices.RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant();
        var suffix = OperatingSystem.IsWindows() ? ".exe" : string.Empty;
        for (var dir = new DirectoryInfo(Path.GetFullPath(directory)); dir is not null; dir = dir.Parent)
        {
            var bin = Path.Combine(dir.FullName, "node_modules", "@pagefind", $"{platform}-{arch}", "bin");
            foreach (var name in new[] { "pagefind_extended", "pagefind" })
            {
                if (File.Exists(Path.Combine(bin, name + suffix)))
                {
                    missing = null;
                    return new SearchIndexer(Path.Combine(bin, name + suffix));
                }
            }
        }

        missing = $"the pagefind package for {platform}-{arch} is not installed (run 'npm ci --ignore-scripts' in the repository)";
        return null;
    }

    /// <summary>Indexes the site in <paramref name="siteDirectory"/>; returns Pagefind's output when it failed, else null.</summary>
    public string? Index(string siteDirectory, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "--site", siteDirectory, "--quiet" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("pagefind did not start");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        process.WaitForExitAsync(cancellationToken).GetAwaiter().GetResult();
        return process.ExitCode == 0 ? null : $"{output.Result}{errors.Result}".Trim();
    }
}
