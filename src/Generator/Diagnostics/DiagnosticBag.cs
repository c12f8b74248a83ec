using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace Generator.Diagnostics;

/// <summary>
/// Collects diagnostics from parallel stages of one build. The same problem reported many times
/// (by every page that uses a broken template, say) is kept once, with the hint that sorts
/// first, so the result does not depend on the order threads ran in.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentDictionary<Diagnostic, Diagnostic> _items = new();

    public void Add(Diagnostic diagnostic)
    {
        var key = diagnostic with { Hint = null };
        _items.AddOrUpdate(key, diagnostic,
            (_, existing) => string.CompareOrdinal(diagnostic.Hint, existing.Hint) < 0 ? diagnostic : existing);
    }

    public void Add(Severity severity, string code, SourceRef where, string message, string? hint = null) =>
        Add(new Diagnostic(severity, code, where.File, where.Position.Line, where.Position.Column, message, hint));

    public void Error(string code, SourceRef where, string message, string? hint = null) =>
        Add(Severity.Error, code, where, message, hint);

    public void Warning(string code, SourceRef where, string message, string? hint = null) =>
        Add(Severity.Warning, code, where, message, hint);

    public bool HasErrors => _items.Keys.Any(d => d.IsError);

    public int Count => _items.Count;

    /// <summary>All diagnostics in a stable order: by file, line, column, code, message.</summary>
    public ImmutableArray<Diagnostic> ToImmutableSorted() =>
        _items.Values.OrderBy(d => d, DiagnosticComparer.Instance).ToImmutableArray();
}
