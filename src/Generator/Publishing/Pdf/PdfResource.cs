namespace Generator.Publishing.Pdf;

/// <summary>One file of the built site as the PDF printer serves it to Chromium: its bytes and content type.</summary>
public sealed record PdfResource(byte[] Content, string ContentType);
