namespace Generator.Diagnostics;

/// <summary>
/// One problem found in the author's input, as data. <see cref="File"/> is a display path
/// (relative to the build's display root, with forward slashes); line and column are 1-based.
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
    public bool IsError => Severity == Severity.Error;

    /// <summary>Compiler-style text: <c>file(line,col): error GEN012: message</c>.</summary>
    public override string ToString()
    {
        var severity = Severity == Severity.Error ? "error" : "warning";
        return $"{File}({Line},{Column}): {severity} {Code}: {Message}";
    }
}
