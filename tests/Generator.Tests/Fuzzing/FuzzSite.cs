using System.Collections.Immutable;
using System.Text;

namespace Generator.Tests.Fuzzing;

/// <summary>
/// A generated site as files: paths relative to the site folder (<c>input/site.yml</c>,
/// <c>input/content/news/a.en.md</c>, <c>theme/layouts/base.html</c>) and their exact bytes, with
/// the steps that made it (for the report of a failing case).
/// </summary>
public sealed record FuzzSite(ImmutableSortedDictionary<string, byte[]> Files, ImmutableList<string> Steps)
{
    public const string Config = "input/site.yml";

    public const string Content = "input/content/";

    public static FuzzSite Empty { get; } = new(ImmutableSortedDictionary.Create<string, byte[]>(StringComparer.Ordinal), []);

    /// <summary>The Markdown files under input/content/, in path order.</summary>
    public ImmutableArray<string> Documents => [.. Files.Keys.Where(p => p.StartsWith(Content, StringComparison.Ordinal) && p.EndsWith(".md", StringComparison.Ordinal))];

    public FuzzSite With(string path, byte[] bytes) => this with { Files = Files.SetItem(path, bytes) };

    public FuzzSite With(string path, string text) => With(path, Encoding.UTF8.GetBytes(text));

    public FuzzSite Without(string path) => this with { Files = Files.Remove(path) };

    public FuzzSite Step(string description) => this with { Steps = Steps.Add(description) };

    /// <summary>Writes every file below <paramref name="directory"/>; returns false when the file system refuses a name (too long, say).</summary>
    public bool TryWriteTo(string directory)
    {
        foreach (var (path, bytes) in Files)
        {
            var full = Path.Combine(directory, path);
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllBytes(full, bytes);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The steps, then every file with its text (control characters and invalid bytes escaped, long files cut).</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.AppendLine("steps: " + (Steps.IsEmpty ? "(none)" : string.Join("; ", Steps)));
        foreach (var (path, bytes) in Files.Where(f => !f.Key.StartsWith("theme/", StringComparison.Ordinal)))
        {
            text.AppendLine($"--- {Escape(path, 200)} ({bytes.Length} bytes)");
            text.AppendLine(Escape(Encoding.UTF8.GetString(bytes), 1500));
        }

        return text.ToString();
    }

    private static string Escape(string text, int limit)
    {
        var escaped = new StringBuilder();
        foreach (var c in text.Length > limit ? text[..limit] : text)
        {
            escaped.Append(c switch
            {
                '\n' => "\n",
                '\t' => "\\t",
                '\r' => "\\r",
                '\uFFFD' => "\\uFFFD",
                _ when char.IsControl(c) || char.IsSurrogate(c) || c is '\uFEFF' or '\u2028' or '\u2029' or '\u0085' => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return text.Length > limit ? escaped + $"... ({text.Length - limit} more characters)" : escaped.ToString();
    }
}
