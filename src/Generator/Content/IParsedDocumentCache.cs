using System.Collections.Immutable;
using Generator.Diagnostics;

namespace Generator.Content;

/// <summary>
/// Parsed documents kept from one build to the next in a long-running session, by file and by a
/// key that changes whenever the parse would (the file's hash, and the site's languages).
/// </summary>
public interface IParsedDocumentCache
{
    /// <summary>The document kept for the file at <paramref name="path"/> under <paramref name="key"/>, with the diagnostics its parse reported; null when none is.</summary>
    (ParsedDocument Document, ImmutableArray<Diagnostic> Diagnostics)? Find(string path, string key);

    /// <summary>Keeps a parsed document and its diagnostics for the next build (in place of any kept for the same file).</summary>
    void Keep(string path, string key, ParsedDocument document, ImmutableArray<Diagnostic> diagnostics);
}
