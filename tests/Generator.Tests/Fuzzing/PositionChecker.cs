using System.Text;

namespace Generator.Tests.Fuzzing;

/// <summary>
/// Checks that a diagnostic points inside the file it names: the file exists under the site
/// folder, the line is between 1 and the file's line count (one more for the end of the file),
/// the column between 1 and that line's length + 1 (in UTF-16 units, so a column counted in
/// characters or code points passes too). Whole-site problems may name the site, input, theme or
/// output folder, or the theme's layouts/ or i18n/ folder (a layout the theme lacks), at (1,1). Two diagnostics name, at (1,1), a file that is missing on purpose: a
/// missing site.yml (GEN001), and a missing UI strings file of the theme or the site (GEN040,
/// GEN041), which the hint asks the author to create.
/// </summary>
public static class PositionChecker
{
    public static string? Problem(ReportedDiagnostic diagnostic, SiteFolders folders)
    {
        var full = Path.GetFullPath(Path.Combine(folders.DisplayRoot, diagnostic.File));
        var site = Path.GetFullPath(folders.Site);
        var output = Path.GetFullPath(folders.Output);
        var atStart = diagnostic.Line == 1 && diagnostic.Column == 1;
        if (Directory.Exists(full))
        {
            var whole = new[] { site, folders.Input, folders.Theme, Path.Combine(folders.Theme, "layouts"), Path.Combine(folders.Theme, "i18n"), output }
                .Select(Path.GetFullPath).Contains(full);
            return whole && atStart ? null : $"names the folder {full}{(whole ? " but not at (1,1)" : ", which is not a folder of the site as a whole")}";
        }

        if (!full.StartsWith(site + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return $"names {full}, which is outside the site folder {site}";
        }

        if (!File.Exists(full))
        {
            var missingConfig = full == Path.Combine(Path.GetFullPath(folders.Input), "site.yml") && diagnostic.Code == "GEN001";
            var missingStrings = new[] { folders.Theme, folders.Input }.Any(f => Path.GetDirectoryName(full) == Path.Combine(Path.GetFullPath(f), "i18n"))
                && diagnostic.Code is "GEN040" or "GEN041";
            return (missingConfig || missingStrings) && atStart ? null : $"names {full}, which does not exist";
        }

        var lines = Lines(File.ReadAllBytes(full));
        if (diagnostic.Line < 1 || diagnostic.Line > lines.Length + 1)
        {
            return $"line {diagnostic.Line} is outside the file's {lines.Length} lines";
        }

        var length = diagnostic.Line > lines.Length ? 0 : lines[diagnostic.Line - 1].Length;
        return diagnostic.Column < 1 || diagnostic.Column > length + 1
            ? $"column {diagnostic.Column} is outside line {diagnostic.Line}, which has {length} characters"
            : null;
    }

    /// <summary>The file's lines as an editor shows them: without a BOM, split at CRLF, LF and lone CR (invalid bytes count one character each).</summary>
    private static string[] Lines(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes.AsSpan().StartsWith("\uFEFF"u8) ? bytes.AsSpan(3) : bytes);
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        return text.EndsWith('\n') || text.EndsWith('\r') ? lines[..^1] : lines;
    }
}
