namespace Generator.Content;

/// <summary>
/// A document split into its front matter and body, in the three forms Hugo reads: YAML between
/// <c>---</c> lines, TOML between <c>+++</c> lines (<see cref="Format"/> says which; the reader
/// turns TOML into YAML, <see cref="TomlFrontMatter"/>), and a JSON object whose first line is
/// <c>{</c> and whose last is <c>}</c> (read as YAML, which JSON is). Lines are 1-based lines of
/// the author's file: the front matter starts on line 2 (after the opening fence), a JSON object on line 1.
/// </summary>
public sealed record FrontMatterBlock(string? Yaml, int YamlFirstLine, string Body, int BodyFirstLine, bool Unclosed)
{
    /// <summary>How the front matter is written; <see cref="Yaml"/> holds its text in that form.</summary>
    public FrontMatterFormat Format { get; init; } = FrontMatterFormat.Yaml;

    /// <summary>The fence that closes the front matter, for a message about an unclosed one.</summary>
    public string Fence => Format switch { FrontMatterFormat.Toml => "+++", FrontMatterFormat.Json => "}", _ => "---" };

    public static FrontMatterBlock Split(string text)
    {
        if (IsFence(text, 0, out var firstLineEnd, "---"))
        {
            return Closed(text, firstLineEnd, 2, FrontMatterFormat.Yaml, "---", "...");
        }

        if (IsFence(text, 0, out firstLineEnd, "+++"))
        {
            return Closed(text, firstLineEnd, 2, FrontMatterFormat.Toml, "+++");
        }

        return IsFence(text, 0, out _, "{") ? Closed(text, 0, 1, FrontMatterFormat.Json, "}") : new FrontMatterBlock(null, 0, text, 1, false);
    }

    /// <summary>The block from <paramref name="start"/> to the first line that is one of <paramref name="fences"/>.</summary>
    private static FrontMatterBlock Closed(string text, int start, int firstLine, FrontMatterFormat format, params string[] fences)
    {
        var json = format == FrontMatterFormat.Json;
        var lineStart = json ? text.IndexOf('\n') + 1 : start;
        var line = json ? 2 : firstLine;
        while (lineStart > 0 && lineStart < text.Length)
        {
            foreach (var fence in fences)
            {
                if (IsFence(text, lineStart, out var lineEnd, fence))
                {
                    var front = json ? text[..lineEnd] : text[start..lineStart];
                    return new FrontMatterBlock(front, firstLine, text[lineEnd..], line + 1, false) { Format = format };
                }
            }

            var next = text.IndexOf('\n', lineStart);
            lineStart = next < 0 ? text.Length : next + 1;
            line++;
        }

        return new FrontMatterBlock(null, 0, text, 1, true) { Format = format };
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

/// <summary>The three ways Hugo writes front matter.</summary>
public enum FrontMatterFormat
{
    Yaml,
    Toml,
    Json,
}
