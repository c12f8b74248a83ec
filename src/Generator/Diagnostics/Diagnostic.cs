namespace Generator.Diagnostics;

/// <summary>
/// One problem found in the author's input, as data. <see cref="File"/> is a display path
/// (relative to the build's display root, with forward slashes); line and column are 1-based.
/// <see cref="Message"/> is one line, whatever a library's message quotes (a template error
/// quoting a rendered body): line breaks and the spaces around them become one space, and a
/// message longer than <see cref="MaxMessage"/> characters is cut with an ellipsis.
/// </summary>
public sealed record Diagnostic(
    Severity Severity,
    string Code,
    string File,
    int Line,
    int Column,
    string Message,
    string? Hint = null)
{
    public const int MaxMessage = 500;

    public string Message { get; init; } = OneLine(Message);

    public bool IsError => Severity == Severity.Error;

    private static string OneLine(string message)
    {
        if (message.AsSpan().IndexOfAny("\r\n\u0085\u2028\u2029") < 0 && message.Length <= MaxMessage)
        {
            return message;
        }

        var lines = message.Split(['\r', '\n', '\u0085', '\u2028', '\u2029'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var joined = string.Join(' ', lines);
        return joined.Length <= MaxMessage ? joined : joined[..(MaxMessage - 1)] + "…";
    }

    /// <summary>Compiler-style text: <c>file(line,col): error GEN012: message</c>.</summary>
    public override string ToString()
    {
        var severity = Severity == Severity.Error ? "error" : "warning";
        return $"{File}({Line},{Column}): {severity} {Code}: {Message}";
    }
}
