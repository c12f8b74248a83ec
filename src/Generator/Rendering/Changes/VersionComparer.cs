namespace Generator.Rendering.Changes;

/// <summary>
/// Compares two versions of a document's rendered body (HTML) for a "what changed" page. Both are
/// parsed (AngleSharp; any markup is accepted, nothing throws on odd input) into blocks of text:
/// headings, paragraphs, list items, table rows, code blocks, quotations; other elements are
/// blocks of their text. The comparison is of the blocks' <em>text</em>: inline markup (links,
/// emphasis, abbreviations...) is dropped, and spacing alone is no change. Blocks are aligned
/// (DiffPlex, blocks as lines keyed by kind and text); a removed block and an added block of the
/// same kind sharing at least 40% of their words are one block edited in place, compared word by
/// word. The result's HTML is written from that structure, never spliced from the input: headings
/// keep their level and id (the older id when removed), lists stay lists and tables tables; a
/// whole block added has its text in <c>&lt;ins class="block"&gt;</c>, a whole block removed in
/// <c>&lt;del class="block"&gt;</c>, a changed block its changed words in <c>&lt;del&gt;</c> then
/// <c>&lt;ins&gt;</c>. Without state; safe to share.
/// </summary>
public sealed class VersionComparer
{
    public VersionComparison Compare(string olderHtml, string newerHtml, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(olderHtml);
        ArgumentNullException.ThrowIfNull(newerHtml);
        var older = BlockReader.Read(olderHtml, cancellationToken);
        var newer = BlockReader.Read(newerHtml, cancellationToken);
        var aligned = BlockAligner.Align(older, newer, cancellationToken);
        var writer = new ChangeHtmlWriter();
        var html = writer.Write(aligned, cancellationToken);
        var sections = SectionSummarizer.Summarize(aligned);
        var hasChanges = aligned.Any(b => b.Change != BlockChange.Same);
        return new VersionComparison(html, sections, writer.WordsInserted, writer.WordsDeleted, hasChanges);
    }
}
