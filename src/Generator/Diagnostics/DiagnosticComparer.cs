namespace Generator.Diagnostics;

/// <summary>Orders diagnostics by file, line, column, code and message (ordinal).</summary>
public sealed class DiagnosticComparer : IComparer<Diagnostic>
{
    public static readonly DiagnosticComparer Instance = new();

    public int Compare(Diagnostic? x, Diagnostic? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        var c = string.CompareOrdinal(x.File, y.File);
        if (c != 0) return c;
        c = x.Line.CompareTo(y.Line);
        if (c != 0) return c;
        c = x.Column.CompareTo(y.Column);
        if (c != 0) return c;
        c = string.CompareOrdinal(x.Code, y.Code);
        return c != 0 ? c : string.CompareOrdinal(x.Message, y.Message);
    }
}
