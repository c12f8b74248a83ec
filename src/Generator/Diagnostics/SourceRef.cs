namespace Generator.Diagnostics;

/// <summary>A place in an author's file: its display path and a 1-based position.</summary>
public readonly record struct SourceRef(string File, SourcePosition Position)
{
    public SourceRef(string file) : this(file, SourcePosition.Start)
    {
    }

    public SourceRef At(SourcePosition position) => this with { Position = position };

    public SourceRef At(int line, int column) => this with { Position = new SourcePosition(line, column) };
}
