using System.Diagnostics;

namespace Generator.Publishing.Pdf;

/// <summary>
/// The Chromium that prints PDFs of record: the program named by <c>CHROME_PATH</c>, else
/// <c>chromium</c>, <c>chromium-browser</c>, <c>google-chrome</c> or <c>google-chrome-stable</c>
/// on the <c>PATH</c>, else the npm package <c>@sparticuz/chromium</c> in a <c>node_modules</c>
/// folder of the site's folder or one above it (its brotli-compressed Chromium is unpacked by
/// Node.js on first use; that build prints untagged PDFs unless rebuilt with
/// <c>enable_tagged_pdf</c>). Without any, the caller warns once and prints nothing.
/// </summary>
public sealed class PdfBrowser(string executable)
{
    private static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

    /// <summary>The Chromium program's full path.</summary>
    public string Executable => executable;

    /// <summary>Finds Chromium from this process's environment and <paramref name="directory"/> upwards, or returns null and why not.</summary>
    public static PdfBrowser? Locate(string directory, out string? missing) =>
        Locate(directory, Environment.GetEnvironmentVariable, out missing);

    /// <summary>Finds Chromium with the environment variables that <paramref name="environment"/> gives, or returns null and why not.</summary>
    public static PdfBrowser? Locate(string directory, Func<string, string?> environment, out string? missing)
    {
        missing = null;
        if (environment("CHROME_PATH") is { Length: > 0 } configured && File.Exists(configured))
        {
            return new PdfBrowser(Path.GetFullPath(configured));
        }

        var suffix = OperatingSystem.IsWindows() ? ".exe" : string.Empty;
        var path = (environment("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        foreach (var name in Names)
        {
            foreach (var folder in path)
            {
                var candidate = Path.Combine(folder, name + suffix);
                if (File.Exists(candidate))
                {
                    return new PdfBrowser(candidate);
                }
            }
        }

        for (var dir = new DirectoryInfo(Path.GetFullPath(directory)); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "node_modules", "@sparticuz", "chromium", "package.json")))
            {
                var unpacked = Unpack(dir.FullName, path, suffix, out missing);
                return unpacked is null ? null : new PdfBrowser(unpacked);
            }
        }

        missing = "no Chromium found (set CHROME_PATH, put chromium or google-chrome on the PATH, or install the npm package @sparticuz/chromium)";
        return null;
    }

    /// <summary>
    /// Whether the program runs here (<c>--version</c> within 30 seconds): a Chromium whose
    /// libraries this system lacks is found but cannot print, which the build says once instead
    /// of failing on every page.
    /// </summary>
    public bool Runs(out string? why)
    {
        try
        {
            var start = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add("--version");
            using var process = Process.Start(start);
            if (process is null)
            {
                why = $"{Executable} did not start";
                return false;
            }

            var errors = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(30)))
            {
                process.Kill(entireProcessTree: true);
                why = $"{Executable} --version did not answer within 30 seconds";
                return false;
            }

            why = process.ExitCode == 0 ? null : $"{Executable} does not run here: {errors.Result.Trim().ReplaceLineEndings(" ")}";
            return why is null;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            why = $"{Executable} cannot be run: {e.Message}";
            return false;
        }
    }

    /// <summary>Asks Node.js for the path of @sparticuz/chromium's program, which it unpacks on first use.</summary>
    private static string? Unpack(string packageRoot, string[] path, string suffix, out string? missing)
    {
        var node = path.Select(folder => Path.Combine(folder, "node" + suffix)).FirstOrDefault(File.Exists);
        if (node is null)
        {
            missing = "@sparticuz/chromium is installed but Node.js is not on the PATH to unpack it";
            return null;
        }

        var start = new ProcessStartInfo(node) { WorkingDirectory = packageRoot, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-e");
        start.ArgumentList.Add("import('@sparticuz/chromium').then(m => (m.default ?? m).executablePath()).then(p => console.log(p))");
        using var process = Process.Start(start);
        var output = process?.StandardOutput.ReadToEndAsync();
        _ = process?.StandardError.ReadToEndAsync();
        if (process is null || output is null || !process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process?.Kill(entireProcessTree: true);
            missing = "@sparticuz/chromium did not unpack its Chromium within 2 minutes";
            return null;
        }

        var executable = output.Result.Trim();
        missing = process.ExitCode == 0 && File.Exists(executable) ? null : $"@sparticuz/chromium did not give a Chromium program (node exited with {process.ExitCode})";
        return missing is null ? executable : null;
    }
}
