using Markdig.Syntax;

namespace Generator.Content;

/// <summary>
/// A content file after stage 3: where it sits, its typed front matter, and its Markdown syntax
/// tree. <see cref="BodyFirstLine"/> is the file line (1-based) where the body starts, so
/// positions in the tree map back into the author's file.
/// </summary>
public sealed record ParsedDocument(
    SourceFile Source,
    ContentPath Path,
    FrontMatter FrontMatter,
    MarkdownDocument Body,
    int BodyFirstLine)
{
    public string File => Source.DisplayPath;

    public string Language => Path.Language;
}
