using System.Text;
using Generator.Diagnostics;
using Generator.IO;

namespace Generator.Cli.Reports;

/// <summary>
/// <c>check</c>'s default output: diagnostics grouped by file, each with its source line and a
/// caret under the column; coloured on a terminal, plain in CI and when redirected.
/// </summary>
public sealed class HumanReport(IFileSystem fileSystem, bool colour)
{
    public string Write(IReadOnlyList<Diagnostic> diagnostics)
    {
        var output = new StringBuilder();
        foreach (var file in diagnostics.GroupBy(d => d.File, StringComparer.Ordinal))
        {
            output.Append(Paint(file.Key, "1")).Append('\n');
            var lines = SourceLines(file.Key);
            foreach (var d in file)
            {
                var severity = d.IsError ? Paint("error", "31;1") : Paint("warning", "33;1");
                output.Append($"  {d.Line}:{d.Column}  {severity} {d.Code}  {d.Message}\n");
                if (d.Line >= 1 && d.Line <= lines.Length)
                {
                    var number = d.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    var (text, caret) = SourceExcerpt.Of(lines[d.Line - 1], d.Column);
                    output.Append($"    {number} | {text}\n");
                    output.Append($"    {new string(' ', number.Length)} | {new string(' ', caret)}{Paint("^", "36;1")}\n");
                }

                if (d.Hint is not null)
                {
                    foreach (var hint in d.Hint.Split('\n'))
                    {
                        output.Append($"    {Paint("hint:", "36")} {hint}\n");
                    }
                }
            }

            output.Append('\n');
        }

        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count - errors;
        output.Append(errors + warnings == 0 ? "No problems found.\n" : $"{errors} error(s), {warnings} warning(s).\n");
        return output.ToString();
    }

    private string[] SourceLines(string file)
    {
        try
        {
            // A symbolic link is never read for its lines: it may lead out of the site (GEN004).
            return fileSystem.FileExists(file) && !fileSystem.IsSymbolicLink(file) ? (Generator.Content.TextDecoder.Decode(fileSystem.ReadAllBytes(file)) ?? string.Empty).Split('\n') : [];
        }
        catch (IOException)
        {
            return [];
        }
    }

    private string Paint(string text, string code) => colour ? $"\u001b[{code}m{text}\u001b[0m" : text;
}
