using System.Collections.Immutable;
using Generator.Diagnostics;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Generator.Markdown.Shortcodes;

/// <summary>
/// The shortcode step of reading a body: finds the tags outside code in the parsed text, checks
/// them against the site's shortcodes, and returns the text with markers and the calls, or the
/// text as it was when it has no tags. Each problem is reported at its place in the author's
/// file: tags not understood or misused (GEN019), unknown shortcodes (GEN018).
/// </summary>
public sealed class ShortcodeMarking(ShortcodeSet shortcodes)
{
    public (string Text, ImmutableArray<ShortcodeCall> Calls) Mark(string body, MarkdownDocument parsed, int bodyFirstLine, string file, DiagnosticBag diagnostics)
    {
        if (!body.Contains("{{<", StringComparison.Ordinal) && !body.Contains("{{%", StringComparison.Ordinal))
        {
            return (body, []);
        }

        var code = parsed.Descendants()
            .Where(node => node is CodeBlock or CodeInline && !node.Span.IsEmpty)
            .Select(node => (node.Span.Start, node.Span.End + 1))
            .ToList();
        var (tags, unreadable) = ShortcodeScanner.Scan(body, code);
        SourcePosition At(int offset) => Position(body, offset, bodyFirstLine);
        foreach (var (offset, message, hint) in unreadable)
        {
            diagnostics.Error(DiagnosticCodes.ShortcodeMisused, new SourceRef(file, At(offset)), message, hint);
        }

        if (tags.IsEmpty)
        {
            return (body, []);
        }

        var problems = new List<(SourcePosition Where, bool Error, string Message, string Hint)>();
        var (text, calls) = new ShortcodeExpander(shortcodes).Expand(body, tags, At, problems);
        foreach (var (where, error, message, hint) in problems)
        {
            var diagnosticCode = message.StartsWith("unknown shortcode", StringComparison.Ordinal) ? DiagnosticCodes.ShortcodeNotRun : DiagnosticCodes.ShortcodeMisused;
            if (error)
            {
                diagnostics.Error(diagnosticCode, new SourceRef(file, where), message, hint);
            }
            else
            {
                diagnostics.Warning(diagnosticCode, new SourceRef(file, where), message, hint);
            }
        }

        return (text, calls);
    }

    /// <summary>
    /// Reports a shortcode whose opening and closing tags are not in the same place of the
    /// text's structure (one alone on its line, the other within a paragraph, say): the text
    /// between them could not be handed to the template whole. Returns the calls so reported.
    /// </summary>
    public ImmutableHashSet<int> CheckPairs(MarkdownDocument document, ImmutableArray<ShortcodeCall> calls, string file, DiagnosticBag diagnostics)
    {
        var opens = new Dictionary<int, object?>();
        var broken = ImmutableHashSet.CreateBuilder<int>();
        foreach (var node in document.Descendants())
        {
            var (kind, call, parent) = node switch
            {
                ShortcodeMarkerBlock block => (block.Kind, block.Call, (object?)block.Parent),
                ShortcodeMarkerInline inline => (inline.Kind, inline.Call, (object?)inline.Parent?.ParentBlock ?? inline.Parent),
                _ => (ShortcodeMarkerKind.Call, -1, null),
            };
            if (call < 0 || call >= calls.Length)
            {
                continue;
            }

            if (node is ShortcodeMarkerInline && kind != ShortcodeMarkerKind.Close && shortcodes.Find(calls[call].Name) is { Block: true })
            {
                broken.Add(call);
                diagnostics.Error(DiagnosticCodes.ShortcodeMisused, new SourceRef(file, calls[call].Position),
                    $"the shortcode '{calls[call].Name}' makes a block, and cannot stand within a paragraph",
                    $"put {{{{< {calls[call].Name} … >}}}} on a line of its own, with its closing tag, if any, on a line of its own too");
                continue;
            }

            if (kind == ShortcodeMarkerKind.Open)
            {
                opens[call] = parent;
            }
            else if (kind == ShortcodeMarkerKind.Close && !broken.Contains(call) && (!opens.TryGetValue(call, out var openedIn) || !ReferenceEquals(openedIn, parent)))
            {
                broken.Add(call);
                diagnostics.Error(DiagnosticCodes.ShortcodeMisused, new SourceRef(file, calls[call].Position),
                    $"the shortcode '{calls[call].Name}' opens and closes in different places of the text",
                    $"put {{{{< {calls[call].Name} >}}}} and {{{{< /{calls[call].Name} >}}}} each on a line of its own, or both within one paragraph");
            }
        }

        return broken.ToImmutable();
    }

    private static SourcePosition Position(string body, int offset, int bodyFirstLine)
    {
        var line = body.AsSpan(0, offset).Count('\n');
        var lineStart = body.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1;
        return new SourcePosition(bodyFirstLine + line, (offset == 0 ? 0 : offset - lineStart) + 1);
    }
}
