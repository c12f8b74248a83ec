namespace Generator.Publishing.Pdf;

/// <summary>
/// One page to print: its public address (<see cref="PageUrl"/>, e.g.
/// <c>https://example.org/en/guidelines/x/</c>), the build's output that serves it and every file
/// of the same origin (<see cref="Resources"/> gets the unescaped URL path, e.g.
/// <c>/css/site.css</c>, and returns null for a 404), the PDF's metadata, and the line that the
/// footer of every page shows beside the page number. <see cref="PageLabel"/> is a composite
/// format whose <c>{0}</c> is the page number and <c>{1}</c> the page count, in the page's
/// language (<c>Page {0} / {1}</c>, <c>Seite {0} von {1}</c>).
/// </summary>
public sealed record PdfJob(
    Uri PageUrl,
    Func<string, PdfResource?> Resources,
    string Title,
    string? Author,
    string Language,
    string? Subject,
    string FooterText,
    string PageLabel,
    DateTimeOffset? Date = null)
{
    /// <summary>The metadata that the printed PDF carries.</summary>
    public PdfMetadata Metadata => new(Title, Author, Subject, Language, Date);
}
