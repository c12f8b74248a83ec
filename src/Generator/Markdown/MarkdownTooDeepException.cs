namespace Generator.Markdown;

/// <summary>
/// Stops Markdig where the body nests past <see cref="NestingLimits"/>: Markdig offers no other
/// way to end a parse. Thrown by the guards and caught by <see cref="BodyReader"/>, which
/// reports it; it never leaves the parse stage. Line and column are 0-based, in the body.
/// </summary>
internal sealed class MarkdownTooDeepException(int line, int column, string hint) : Exception("Markdown nested too deeply")
{
    public int Line { get; } = line;

    public int Column { get; } = column;

    public string Hint { get; } = hint;
}
