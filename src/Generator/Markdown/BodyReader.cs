using Generator.Diagnostics;
using Markdig;
using Markdig.Syntax;

namespace Generator.Markdown;

/// <summary>
/// Reads a document's Markdown body into a <see cref="CompiledBody"/>, whatever the text: a body
/// nested too deeply for Markdig, or one on which Markdig fails, is reported at its place in the
/// author's file (GEN017) and left empty, and no exception from Markdig goes further.
/// </summary>
public sealed class BodyReader(MarkdownPipeline pipeline, Shortcodes.ShortcodeSet? shortcodes = null)
{
    private const string TooDeep = "Markdown nested too deeply";

    private readonly BodyCompiler _compiler = new(pipeline);
    private readonly Shortcodes.ShortcodeMarking _shortcodes = new(shortcodes ?? Shortcodes.ShortcodeSet.Empty);

    /// <param name="typography">The typography of the body's language, applied to its text; null for none.</param>
    public CompiledBody Read(string body, int bodyFirstLine, string file, DiagnosticBag diagnostics, Typography.TypographyRules? typography = null)
    {
        try
        {
            return Compile(body, bodyFirstLine, file, diagnostics, typography);
        }
        catch (MarkdownTooDeepException deep)
        {
            diagnostics.Error(DiagnosticCodes.MarkdownTooDeep, new SourceRef(file).At(bodyFirstLine + deep.Line, deep.Column + 1), TooDeep, deep.Hint);
        }
        catch (ArgumentException limit) when (IsMarkdigDepthLimit(limit))
        {
            // Markdig's own limit, reached where the guards did not look: the place is where the shortest failing start of the body ends.
            var (line, column) = PositionOf(body, ShortestFailingPrefix(body) - 1);
            diagnostics.Error(DiagnosticCodes.MarkdownTooDeep, new SourceRef(file).At(bodyFirstLine + line, column + 1), TooDeep,
                "the Markdown parser's nesting limit is reached here; flatten the quotes, lists, emphasis or links, or put the text in a code block");
        }
        catch (Exception bug) when (bug is not OperationCanceledException)
        {
            diagnostics.Add(InternalError.While("parsing the Markdown of this file", file, bug) with { Line = bodyFirstLine });
        }

        return CompiledBody.Empty;
    }

    private CompiledBody Compile(string body, int bodyFirstLine, string file, DiagnosticBag diagnostics, Typography.TypographyRules? typography)
    {
        // No author's text may pose as the markers that stand for shortcodes.
        if (body.AsSpan().ContainsAnyInRange(Shortcodes.ShortcodeMarkers.Call, Shortcodes.ShortcodeMarkers.Close))
        {
            body = string.Create(body.Length, body, (span, text) =>
            {
                for (var i = 0; i < span.Length; i++)
                {
                    span[i] = Shortcodes.ShortcodeMarkers.IsMarker(text[i]) ? '\uFFFD' : text[i];
                }
            });
        }

        var document = Markdig.Markdown.Parse(body, pipeline);
        if (NestingInspector.FirstTooDeep(document) is { } deepest)
        {
            throw new MarkdownTooDeepException(deepest.Line, deepest.Column, NestingInspector.Hint);
        }

        var (marked, calls) = _shortcodes.Mark(body, document, bodyFirstLine, file, diagnostics);
        if (!ReferenceEquals(marked, body))
        {
            document = Markdig.Markdown.Parse(marked, pipeline);
            _shortcodes.CheckPairs(document, calls, file, diagnostics);
        }

        if (typography is not null)
        {
            new Typography.TypographyPass(typography).Apply(document);
        }

        var compiled = _compiler.Compile(document, bodyFirstLine);
        return calls.IsEmpty ? compiled : new CompiledBody(compiled.Html, compiled.Links, compiled.Headings, compiled.ImagesWithoutText) { Calls = calls };
    }

    private static bool IsMarkdigDepthLimit(ArgumentException exception) =>
        exception.Message.Contains("too deeply nested", StringComparison.Ordinal);

    /// <summary>The length of the shortest start of <paramref name="body"/> that fails for its nesting (the whole body fails).</summary>
    private int ShortestFailingPrefix(string body)
    {
        var (passes, fails) = (0, body.Length);
        while (fails - passes > 1)
        {
            var middle = passes + ((fails - passes) / 2);
            if (FailsForNesting(body[..middle]))
            {
                fails = middle;
            }
            else
            {
                passes = middle;
            }
        }

        return fails;
    }

    private bool FailsForNesting(string prefix)
    {
        try
        {
            Compile(prefix, 1, string.Empty, new DiagnosticBag(), null);
            return false;
        }
        catch (MarkdownTooDeepException)
        {
            return true;
        }
        catch (ArgumentException limit) when (IsMarkdigDepthLimit(limit))
        {
            return true;
        }
        catch (Exception other) when (other is not OperationCanceledException)
        {
            // Another failure is not the nesting looked for: this start counts as passing.
            return false;
        }
    }

    /// <summary>The 0-based line and column of <paramref name="offset"/> in <paramref name="text"/>.</summary>
    private static (int Line, int Column) PositionOf(string text, int offset)
    {
        var line = 0;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart);
    }
}
