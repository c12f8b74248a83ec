using System.Text;
using System.Text.RegularExpressions;
using Generator.Content;
using Generator.IO;

namespace Generator.Authoring;

/// <summary>
/// <c>translations --review FILE</c>: records in a translation's front matter the content hash
/// of its source as it is now (<c>sourceHash: …</c>), marking the translation current, and keeps
/// a copy of that source text in <paramref name="store"/> so that, once the source changes, the
/// report can show what changed. Only that line of the translation changes; line ends and
/// everything else stay as they are.
/// </summary>
public sealed partial class TranslationReviewer(IFileSystem fileSystem, ReviewedSourceStore store)
{
    /// <summary>Reviews the translation; returns null, or what went wrong in the author's words.</summary>
    public string? Review(string path, ParsedDocument translation, ParsedDocument source)
    {
        if (ReferenceEquals(translation, source))
        {
            return $"{path} is the source text, not a translation";
        }

        var bytes = fileSystem.ReadAllBytes(path);
        var hasBom = bytes.AsSpan().StartsWith("\uFEFF"u8);
        var text = Encoding.UTF8.GetString(bytes, hasBom ? 3 : 0, bytes.Length - (hasBom ? 3 : 0));
        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var toml = text.StartsWith("+++", StringComparison.Ordinal);
        var fence = toml ? "+++" : "---";
        var line = toml ? $"{FrontMatterKeys.SourceHash} = \"{source.ContentHash}\"" : $"{FrontMatterKeys.SourceHash}: {source.ContentHash}";
        var close = text.IndexOf(newline + fence, 3, StringComparison.Ordinal);
        if (!text.StartsWith(fence, StringComparison.Ordinal) || close < 0)
        {
            return text.StartsWith('{') ? $"{path} has JSON front matter, which is reviewed by hand: add \"{FrontMatterKeys.SourceHash}\": \"{source.ContentHash}\"" : $"{path} has no front matter";
        }

        // In TOML, a key after a [table] line is the table's: the new line goes first.
        var front = text[..close];
        var pattern = toml ? TomlSourceHashLine() : SourceHashLine();
        var updated = (pattern.IsMatch(front) ? pattern.Replace(front, line, 1)
            : toml ? fence + newline + line + front[fence.Length..] : front + newline + line) + text[close..];
        var output = Encoding.UTF8.GetBytes(updated);
        try
        {
            if (SourceText.Of(source) is { } reviewed)
            {
                store.Keep(reviewed);
            }

            fileSystem.WriteAllBytes(path, hasBom ? [0xEF, 0xBB, 0xBF, .. output] : output);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"{path} could not be marked as reviewed: {ex.Message}";
        }

        return null;
    }

    // Keys are read whatever the case of their letters: SourceHash: is the same line.
    [GeneratedRegex(@"^[Ss][Oo][Uu][Rr][Cc][Ee][Hh][Aa][Ss][Hh]:[^\r\n]*", RegexOptions.Multiline)]
    private static partial Regex SourceHashLine();

    [GeneratedRegex(@"^[Ss][Oo][Uu][Rr][Cc][Ee][Hh][Aa][Ss][Hh][ \t]*=[^\r\n]*", RegexOptions.Multiline)]
    private static partial Regex TomlSourceHashLine();
}
