namespace Generator.BrowserTests;

/// <summary>
/// The rules of a Netlify <c>_headers</c> file (a path pattern, then indented <c>Name: value</c>
/// lines), applied as Netlify does: every rule whose pattern matches the path adds its headers.
/// Patterns here are exact paths or end in <c>*</c>.
/// </summary>
public sealed class NetlifyHeaders(IReadOnlyList<(string Pattern, string Name, string Value)> rules)
{
    public static NetlifyHeaders Parse(string text)
    {
        var rules = new List<(string, string, string)>();
        string? pattern = null;
        foreach (var line in text.Split('\n'))
        {
            if (line.Length == 0 || line.TrimStart().StartsWith('#')) continue;
            if (!char.IsWhiteSpace(line[0]))
            {
                pattern = line.Trim();
                continue;
            }

            var colon = line.IndexOf(':');
            if (pattern is not null && colon > 0) rules.Add((pattern, line[..colon].Trim(), line[(colon + 1)..].Trim()));
        }

        return new NetlifyHeaders(rules);
    }

    public IEnumerable<(string Name, string Value)> For(string path) =>
        rules.Where(r => r.Pattern.EndsWith('*') ? path.StartsWith(r.Pattern[..^1], StringComparison.Ordinal) : path == r.Pattern)
            .Select(r => (r.Name, r.Value));
}
