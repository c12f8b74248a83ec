using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Generator.Diagnostics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Generator.Markdown;

/// <summary>
/// Finds Hugo shortcodes (<c>{{&lt; name … &gt;}}</c>, <c>{{% name … %}}</c>) in a body's text
/// outside code, each with its name and place: the generator does not run them yet, so each is
/// reported rather than published silently as text.
/// </summary>
public static partial class ShortcodeFinder
{
    public static ImmutableArray<BodyShortcode> Find(string body, MarkdownDocument document, int bodyFirstLine)
    {
        if (!body.Contains("{{<", StringComparison.Ordinal) && !body.Contains("{{%", StringComparison.Ordinal))
        {
            return [];
        }

        var code = document.Descendants()
            .Where(node => node is CodeBlock or CodeInline && !node.Span.IsEmpty)
            .Select(node => (node.Span.Start, node.Span.End))
            .ToList();
        var found = ImmutableArray.CreateBuilder<BodyShortcode>();
        foreach (Match match in Opening().Matches(body))
        {
            if (code.Any(range => match.Index >= range.Start && match.Index <= range.End))
            {
                continue;
            }

            var line = body.AsSpan(0, match.Index).Count('\n');
            var column = match.Index - (body.LastIndexOf('\n', Math.Max(0, match.Index - 1)) + 1);
            found.Add(new BodyShortcode(match.Groups["name"].Value, new SourcePosition(bodyFirstLine + line, (match.Index == 0 ? 0 : column) + 1)));
        }

        return found.ToImmutable();
    }

    // An opening or self-closing shortcode; closing ones ({{< /name >}}) belong to their opening.
    [GeneratedRegex(@"\{\{[<%]-?\s*(?!/)(?<name>[\w.-]+)", RegexOptions.CultureInvariant)]
    private static partial Regex Opening();
}

/// <summary>A Hugo shortcode in a body, by name, at its place in the author's file.</summary>
public sealed record BodyShortcode(string Name, SourcePosition Position);
