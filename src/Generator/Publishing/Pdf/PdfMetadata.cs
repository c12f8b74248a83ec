namespace Generator.Publishing.Pdf;

/// <summary>
/// What a PDF of record says about itself: the document information dictionary's Title, Author
/// and Subject, the catalog's /Lang (BCP 47), and, when given, the creation and modification date
/// (so that the same page printed twice gives the same metadata).
/// </summary>
public sealed record PdfMetadata(string Title, string? Author, string? Subject, string Language, DateTimeOffset? Date);
