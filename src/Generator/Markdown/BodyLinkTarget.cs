namespace Generator.Markdown;

/// <summary>
/// The page a body's link leads to: the URL to write (with its anchor when it is kept), the page's
/// language and that language's own name (for the badge of a link into another language), and
/// the page's title (a wikilink's default label).
/// </summary>
public sealed record BodyLinkTarget(string Href, string Language, string LanguageName, string Title);
