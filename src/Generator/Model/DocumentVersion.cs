using Generator.Content;
using Generator.Dates;

namespace Generator.Model;

/// <summary>
/// One version of a document in one language: an earlier one kept in a file beside it
/// (<c>young-migrants.v1.en.md</c>), or the current one, the document itself. Its date and what it
/// changed come from its front matter (<c>date</c>, or <c>updated</c> for the current version, and
/// <c>changes</c>).
/// </summary>
public sealed record DocumentVersion(int Number, string Language, ParsedDocument Document, bool IsCurrent, DateValue? Date, string? Changes);
