using System.Text;

namespace Generator.Tests.Fuzzing;

/// <summary>Line-based edits of a site's text files, shared by the mutators.</summary>
public static class TextEdits
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The file's text, or null when it is not valid UTF-8 (an earlier byte mutation).</summary>
    public static string? Text(byte[] bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>The path of the <paramref name="pick"/>-th document (modulo their number), or null when there is none.</summary>
    public static string? PickDocument(FuzzSite site, int pick)
    {
        var documents = site.Documents;
        return documents.IsEmpty ? null : documents[pick % documents.Length];
    }

    /// <summary>Applies <paramref name="edit"/> to the text of <paramref name="path"/> when it exists and is UTF-8.</summary>
    public static FuzzSite EditText(FuzzSite site, string? path, Func<string, string> edit) =>
        path is not null && site.Files.TryGetValue(path, out var bytes) && Text(bytes) is { } text
            ? site.With(path, edit(text))
            : site;

    /// <summary>Applies <paramref name="edit"/> to the <paramref name="pick"/>-th document.</summary>
    public static FuzzSite EditDocument(FuzzSite site, int pick, Func<string, string> edit) => EditText(site, PickDocument(site, pick), edit);

    /// <summary>The lines of the front matter: from the line after the first <c>---</c> to the line before the next (exclusive), or null.</summary>
    public static (int Start, int End)? FrontMatter(string[] lines)
    {
        if (lines.Length == 0 || lines[0].TrimEnd('\r').TrimStart('\uFEFF') != "---")
        {
            return null;
        }

        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd('\r') == "---")
            {
                return (1, i);
            }
        }

        return null;
    }

    /// <summary>Inserts <paramref name="line"/> (which may hold several lines) before line <paramref name="at"/> of the front matter, modulo its length.</summary>
    public static string InsertInFrontMatter(string text, int at, string line)
    {
        var lines = text.Split('\n');
        var range = FrontMatter(lines) ?? (0, 0);
        var index = range.Start + (at % (range.End - range.Start + 1));
        return Insert(lines, index, line);
    }

    /// <summary>Inserts <paramref name="line"/> before line <paramref name="at"/> of the body (after the front matter), modulo its length.</summary>
    public static string InsertInBody(string text, int at, string line)
    {
        var lines = text.Split('\n');
        var start = FrontMatter(lines) is { } range ? range.End + 1 : 0;
        var index = start + (at % (lines.Length - start + 1));
        return Insert(lines, index, line);
    }

    /// <summary>Inserts <paramref name="line"/> before line <paramref name="at"/> modulo the number of lines.</summary>
    public static string InsertLine(string text, int at, string line)
    {
        var lines = text.Split('\n');
        return Insert(lines, at % (lines.Length + 1), line);
    }

    /// <summary>Replaces the first line that starts with <paramref name="prefix"/> (all of them when <paramref name="all"/>); unchanged when there is none.</summary>
    public static string ReplaceLine(string text, string prefix, string replacement, bool all = false)
    {
        var lines = text.Split('\n').ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].StartsWith(prefix, StringComparison.Ordinal))
            {
                lines[i] = replacement;
                if (!all) break;
            }
        }

        return string.Join('\n', lines);
    }

    /// <summary>Inserts <paramref name="line"/> after the first line that starts with <paramref name="prefix"/>; at the end when there is none.</summary>
    public static string InsertAfter(string text, string prefix, string line)
    {
        var lines = text.Split('\n').ToList();
        var index = lines.FindIndex(l => l.StartsWith(prefix, StringComparison.Ordinal));
        lines.Insert(index < 0 ? lines.Count : index + 1, line);
        return string.Join('\n', lines);
    }

    /// <summary>Removes the first line that starts with <paramref name="prefix"/> and the indented lines below it.</summary>
    public static string RemoveBlock(string text, string prefix)
    {
        var lines = text.Split('\n').ToList();
        var index = lines.FindIndex(l => l.StartsWith(prefix, StringComparison.Ordinal));
        if (index < 0)
        {
            return text;
        }

        var end = index + 1;
        while (end < lines.Count && lines[end].StartsWith(' '))
        {
            end++;
        }

        lines.RemoveRange(index, end - index);
        return string.Join('\n', lines);
    }

    /// <summary>Removes the line <paramref name="at"/> modulo the number of lines.</summary>
    public static string RemoveLine(string text, int at)
    {
        var lines = text.Split('\n').ToList();
        lines.RemoveAt(at % lines.Count);
        return string.Join('\n', lines);
    }

    /// <summary>Inserts <paramref name="insert"/> at character <paramref name="at"/> modulo the length (never inside a surrogate pair).</summary>
    public static string InsertAt(string text, int at, string insert)
    {
        var index = at % (text.Length + 1);
        if (index > 0 && index < text.Length && char.IsLowSurrogate(text[index]))
        {
            index--;
        }

        return text.Insert(index, insert);
    }

    /// <summary>A short, legible form of inserted text for a mutation's description.</summary>
    public static string Show(string text)
    {
        var shown = new StringBuilder();
        foreach (var c in text.Length > 60 ? text[..60] : text)
        {
            shown.Append(char.IsControl(c) || char.IsSurrogate(c) || c is '\uFEFF' or '\u2028' or '\u2029' ? $"\\u{(int)c:X4}" : c.ToString());
        }

        return text.Length > 60 ? $"{shown}...({text.Length} chars)" : shown.ToString();
    }

    private static string Insert(string[] lines, int index, string line)
    {
        var list = lines.ToList();
        list.Insert(Math.Clamp(index, 0, list.Count), line);
        return string.Join('\n', list);
    }
}
