using System.Diagnostics;

namespace Generator.Publishing;

/// <summary>
/// The build's last step when <c>site.yml</c> says <c>search: true</c>: Pagefind (the npm
/// package pinned by the repository's lock file) indexes the written site, one index per
/// language (from each page's <c>lang</c>), only the content that pages mark with
/// <c>data-pagefind-body</c>. It needs Node.js and <c>node_modules/.bin/pagefind</c> in the
/// site's folder or a folder above it; without them the build warns once and the search pages
/// say that search is unavailable.
/// </summary>
public sealed class SearchIndexer(string executable)
{
    /// <summary>Finds Pagefind from <paramref name="directory"/> upwards, or returns null and why not.</summary>
    public static SearchIndexer? Locate(string directory, out string? missing)
    {
        missing = null;
        if (!OnPath("node"))
        {
            missing = "Node.js is not installed (no 'node' on PATH)";
            return null;
        }

        for (var dir = new DirectoryInfo(Path.GetFullPath(directory)); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "node_modules", ".bin", "pagefind");
            if (File.Exists(candidate))
            {
                return new SearchIndexer(candidate);
            }
        }

        missing = "the pagefind package is not installed (run 'npm ci --ignore-scripts' in the repository)";
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

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, program)));
}
