using System.Text;
using System.Text.RegularExpressions;

namespace Generator.Cli.Serve;

/// <summary>
/// The rules of a Netlify <c>_headers</c> file, applied as Netlify applies them, so the preview
/// sends what production sends (its Content-Security-Policy above all). A rule is a path pattern
/// on a line of its own (<c>*</c> matches the rest of a path, <c>:name</c> one segment), then
/// indented <c>Name: value</c> lines; <c>#</c> starts a comment. Every rule that matches a path
/// adds its headers, a later rule's value replacing an earlier one's; a header named twice in
/// one rule has its values joined with commas.
/// </summary>
public sealed class HeaderRules
{
    public static readonly HeaderRules None = new([]);

    private readonly IReadOnlyList<(Regex Pattern, IReadOnlyList<KeyValuePair<string, string>> Headers)> _rules;

    private HeaderRules(IReadOnlyList<(Regex, IReadOnlyList<KeyValuePair<string, string>>)> rules) => _rules = rules;

    public static HeaderRules Parse(string text)
    {
        var rules = new List<(Regex, IReadOnlyList<KeyValuePair<string, string>>)>();
        List<KeyValuePair<string, string>>? headers = null;
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            if (!char.IsWhiteSpace(line[0]))
            {
                headers = [];
                rules.Add((Pattern(trimmed), headers));
                continue;
            }

            var colon = trimmed.IndexOf(':');
            if (headers is not null && colon > 0)
            {
                headers.Add(new(trimmed[..colon].Trim(), trimmed[(colon + 1)..].Trim()));
            }
        }

        return new HeaderRules(rules);
    }

    /// <summary>The headers for a URL path (<c>/en/about/</c>), in the order the file names them.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> For(string path)
    {
        var result = new List<KeyValuePair<string, string>>();
        foreach (var (pattern, headers) in _rules)
        {
            if (!pattern.IsMatch(path))
            {
                continue;
            }

            foreach (var name in headers.Select(h => h.Key).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                var value = string.Join(", ", headers.Where(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value));
                result.RemoveAll(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase));
                result.Add(new(name, value));
            }
        }

        return result;
    }

    /// <summary>A path pattern as a regular expression; a trailing slash is optional, as on Netlify.</summary>
    private static Regex Pattern(string path)
    {
        var regex = new StringBuilder("^");
        foreach (var segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment == "*")
            {
                regex.Append("(?:/.*)?");
                break;
            }

            regex.Append('/').Append(segment.StartsWith(':')
                ? "[^/]+"
                : string.Join(".*", segment.Split('*').Select(Regex.Escape)));
        }

        regex.Append("/?$");
        return new Regex(regex.ToString(), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}
