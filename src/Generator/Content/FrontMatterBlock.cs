namespace Generator.Content;

/// <summary>
/// A document split into its YAML front matter and Markdown body. Lines are 1-based lines of
/// the author's file: the YAML starts on line 2 (after the opening <c>---</c>).
/// </summary>
public sealed record FrontMatterBlock(string? Yaml, int YamlFirstLine, string Body, int BodyFirstLine, bool Unclosed)
{
    public static FrontMatterBlock Split(string text)
    {
        if (!IsFence(text, 0, out var firstLineEnd, "---"))
        {
            return new FrontMatterBlock(null, 0, text, 1, false);
        }

        var lineStart = firstLineEnd;
        var line = 2;
        while (lineStart < text.Length)
        {
            if (IsFence(text, lineStart, out var lineEnd, "---") || IsFence(text, lineStart, out lineEnd, "..."))
            {
                var yaml = text[firstLineEnd..lineStart];
                return new FrontMatterBlock(yaml, 2, text[lineEnd..], line + 1, false);
            }

            var next = text.IndexOf('\n', lineStart);
            lineStart = next < 0 ? text.Length : next + 1;
            line++;
        }

        return new FrontMatterBlock(null, 0, text, 1, true);
    }

    /// <summary>True when the line at <paramref name="start"/> is the fence, optionally followed by spaces.</summary>
    private static bool IsFence(string text, int start, out int lineEnd, string fence)
    {
        var newline = text.IndexOf('\n', start);
        var end = newline < 0 ? text.Length : newline;
        lineEnd = newline < 0 ? text.Length : newline + 1;
        var line = text.AsSpan(start, end - start).TrimEnd(" \t");
        return line.SequenceEqual(fence);
    }
}
