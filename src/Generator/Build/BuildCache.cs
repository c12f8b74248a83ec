using System.Collections.Concurrent;
using System.Collections.Immutable;
using Generator.Content;
using Generator.Diagnostics;
using Generator.Rendering;

namespace Generator.Build;

/// <summary>
/// What one build can hand to the next in a long-running session (<c>serve</c>): parsed
/// documents by file and content hash, and rendered pages by output path and the fingerprint of
/// everything that went into them, so a rebuild redoes only what a change affects. Owned by the
/// session, never static; a build without a cache starts from nothing.
/// </summary>
public sealed class BuildCache : ISourceCache, IParsedDocumentCache, IRenderedPageCache
{
    /// <summary>What changed on disk since the last load; a session's watcher fills it.</summary>
    public SourceChanges Changes { get; } = new();

    /// <summary>The sources of the last load, updated in place of a full reload when <see cref="Changes"/> knows what changed.</summary>
    SourceSet? ISourceCache.Previous { get; set; }

    /// <summary>The last successful build, for a rebuild after edits to document bodies only.</summary>
    internal BuildState? Last { get; set; }

    internal ConcurrentDictionary<string, ParsedEntry> Documents { get; } = new(StringComparer.Ordinal);

    internal ConcurrentDictionary<string, RenderedEntry> Pages { get; } = new(StringComparer.Ordinal);

    IReadOnlySet<string>? ISourceCache.TakeChanges() => Changes.Take();

    void ISourceCache.RestoreChanges(IReadOnlySet<string>? taken) => Changes.Restore(taken);

    (ParsedDocument Document, ImmutableArray<Diagnostic> Diagnostics)? IParsedDocumentCache.Find(string path, string key) =>
        Documents.TryGetValue(path, out var entry) && entry.Key == key ? (entry.Document, entry.Diagnostics) : null;

    void IParsedDocumentCache.Keep(string path, string key, ParsedDocument document, ImmutableArray<Diagnostic> diagnostics) =>
        Documents[path] = new ParsedEntry(key, document, diagnostics);

    byte[]? IRenderedPageCache.Find(string outputPath, string fingerprint) =>
        Pages.TryGetValue(outputPath, out var entry) && entry.Fingerprint == fingerprint ? entry.Html : null;

    void IRenderedPageCache.Keep(string outputPath, string fingerprint, byte[] html) => Pages[outputPath] = new RenderedEntry(fingerprint, html);

    internal sealed record ParsedEntry(string Key, ParsedDocument Document, ImmutableArray<Diagnostic> Diagnostics);

    internal sealed record RenderedEntry(string Fingerprint, byte[] Html);
}
