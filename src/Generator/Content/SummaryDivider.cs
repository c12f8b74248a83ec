using System.Text.RegularExpressions;

namespace Generator.Content;

/// <summary>
/// Hugo's manual summary: in a page without <c>summary</c> (or <c>description</c>), the text
/// before a <c>&lt;!--more--&gt;</c> line is its summary, as plain text on one line. The divider
/// stays in the body, where it is an HTML comment that shows nothing.
/// </summary>
public static partial class SummaryDivider
{
    /// <summary>The summary the body gives, or null when it has no divider or nothing before it.</summary>
    public static string? Summary(string body)
    {
        var match = Divider().Match(body);
        if (!match.Success)
        {
            return null;
        }

        // Plain Markdown: a wikilink reads as its label (else its id), a shortcode call as nothing.
        var before = Shortcode().Replace(WikiLink().Replace(body[..match.Index], m => m.Groups["label"].Success ? m.Groups["label"].Value : m.Groups["id"].Value), string.Empty);
        var text = Markdig.Markdown.ToPlainText(before, Plain);
        var oneLine = Whitespace().Replace(text, " ").Trim();
        return oneLine.Length > 0 ? oneLine : null;
    }

    private static readonly Markdig.MarkdownPipeline Plain = new Markdig.MarkdownPipelineBuilder().Build();

    [GeneratedRegex(@"\[\[(?<id>[^\]|\n]+)(?:\|(?<label>[^\]\n]+))?\]\]")]
    private static partial Regex WikiLink();

    [GeneratedRegex(@"\{\{[<%].*?[>%]\}\}", RegexOptions.Singleline)]
    private static partial Regex Shortcode();

    [GeneratedRegex(@"^[ \t]*<!--\s*more\s*-->[ \t]*\r?$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex Divider();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
