using System.Diagnostics.CodeAnalysis;
using Generator.Markdown;

namespace Generator.Content;

/// <summary>
/// A content file after stage 3: where it sits, its typed front matter, and its compiled body. <see cref="BodyFirstLine"/> is the file line (1-based) where the body starts, so
/// positions in the tree map back into the author's file. Compared by identity: one file, one
/// document. A page whose front matter has no <c>date</c> takes the day its file name starts
/// with (<c>2019-06-20-world-refugee-day.md</c>), as Jekyll and Hugo's <c>:filename</c> do.
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

    public FrontMatter FrontMatter { get; } =
        frontMatter.Date is null && !path.IsIndex && path.FileDate is { } day ? frontMatter with { Date = day } : frontMatter;

    /// <summary>The body's HTML with slots for its links, and its links, headings and images without text.</summary>
    public CompiledBody Body { get; } = body;

    public int BodyFirstLine { get; } = bodyFirstLine;

    /// <summary>
    /// The title as pages show it: the front matter's, with the typography of the document's
    /// language (<see cref="FrontMatter"/> keeps the author's text, which translations hash).
    /// </summary>
    [AllowNull]
    public string DisplayTitle
    {
        get => field ?? FrontMatter.Title;
        init;
    }

    /// <summary>The summary as pages show it, with the typography of the document's language (see <see cref="DisplayTitle"/>).</summary>
    public string? DisplaySummary
    {
        get => field ?? FrontMatter.Summary;
        init;
    }

    public string File => Source.DisplayPath;

    public string Language => Path.Language;
}
