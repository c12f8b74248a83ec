namespace Generator.Publishing.Pdf;

/// <summary>
/// Printing a page failed for a reason outside the page's author's hands (Chromium crashed or
/// closed its connection, the page did not load in time, the build has no file at the page's
/// address); the one-line message says what and for which page, for a diagnostic.
/// </summary>
public sealed class PdfPrintException(string message, Exception? inner = null) : Exception(message, inner);
