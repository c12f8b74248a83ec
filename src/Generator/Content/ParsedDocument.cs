using Generator.Markdown;

namespace Generator.Content;

/// <summary>
/// A content file after stage 3: where it sits, its typed front matter, and its compiled body. <see cref="BodyFirstLine"/> is the file line (1-based) where the body starts, so
/// positions in the tree map back into the author's file. Compared by identity: one file, one
/// document.
/// </summary>
public sealed class ParsedDocument(SourceFile source, ContentPath path, FrontMatter frontMatter, CompiledBody body, int bodyFirstLine, string contentHash)
{
    /// <summary>
    /// A hash of what a translator translates: the title, summary and body text. Translations
    /// record it as <c>sourceHash</c>; when the source's changes, they are stale.
    /// </summary>
    public string ContentHash { get; } = contentHash;

    public SourceFile Source { get; } = source;

    public ContentPath Path { get; } = path;

    public FrontMatter FrontMatter { get; } = frontMatter;

    /// <summary>The body's HTML with slots for its links, and its links, headings and images without text.</summary>
    public CompiledBody Body { get; } = body;

    public int BodyFirstLine { get; } = bodyFirstLine;

    public string File => Source.DisplayPath;

    public string Language => Path.Language;
}
