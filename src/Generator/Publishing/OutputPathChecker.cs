using System.Collections.Immutable;
using System.Text;
using Generator.Model;
using Generator.Diagnostics;

namespace Generator.Publishing;

/// <summary>
/// Outputs whose paths cannot all be written, found before anything is: a file where another
/// output needs a folder (an alias <c>/_redirects/</c> beside Netlify's <c>_redirects</c>), and a
/// name longer than file systems allow (a 300-character slug). Each is an error at the input it
/// comes from, and the output is left out of the plan.
/// </summary>
public static class OutputPathChecker
{
    /// <summary>The longest file or folder name, in UTF-8 bytes, that common file systems accept.</summary>
    public const int MaxNameBytes = 255;

    public static ImmutableArray<PlannedOutput> Check(ImmutableArray<PlannedOutput> files, string basePath, DiagnosticBag diagnostics)
    {
        var byPath = files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var kept = ImmutableArray.CreateBuilder<PlannedOutput>(files.Length);
        foreach (var file in files)
        {
            if (file.Path.Split('/').FirstOrDefault(n => Encoding.UTF8.GetByteCount(n) > MaxNameBytes) is { } name)
            {
                diagnostics.Error(DiagnosticCodes.OutputUnwritable, file.Origin,
                    $"the output {Url(basePath, file.Path)} has a name of {Encoding.UTF8.GetByteCount(name)} bytes ('{name[..(char.IsHighSurrogate(name[39]) ? 39 : 40)]}...'); file systems allow at most {MaxNameBytes}",
                    "shorten the slug, alias, tag or file name it is made from");
                continue;
            }

            if (Folders(file.Path).FirstOrDefault(byPath.ContainsKey) is { } folder)
            {
                diagnostics.Error(DiagnosticCodes.DuplicateUrl, file.Origin,
                    $"URL {Url(basePath, folder)} is a file made from {byPath[folder].Origin.File}, but {file.Origin.File} needs it as a folder for {Url(basePath, file.Path)}",
                    "give one of them another 'slug', alias or file name");
                continue;
            }

            kept.Add(file);
        }

        return kept.ToImmutable();
    }

    /// <summary>The folders a path is written in: <c>a/b/c.html</c> is in <c>a</c> and <c>a/b</c>.</summary>
    private static IEnumerable<string> Folders(string path)
    {
        for (var slash = path.IndexOf('/'); slash > 0; slash = path.IndexOf('/', slash + 1))
        {
            yield return path[..slash];
        }
    }

    private static string Url(string basePath, string path) => OutputPaths.ToUrl(path, basePath);
}
