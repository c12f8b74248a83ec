using Generator.Model;

namespace Generator.Rendering.Views;

/// <summary>
/// A link to another page for lists of relations, backlinks and related documents: in the
/// reader's language when translated (<see cref="IsTranslated"/>), else to the original in <see cref="Lang"/>.
/// </summary>
public sealed record LinkView(string Title, string Url, string Lang, bool IsTranslated, string Section, string Type, Dates.DateValue? Date)
{
    /// <summary>The link to <paramref name="page"/> as a reader of <paramref name="readerLanguage"/> sees it.</summary>
    public static LinkView For(PageEntry page, string readerLanguage) =>
        new(page.Title, page.Url, page.ContentLanguage, page.Language == readerLanguage, page.Section, page.Type, page.Date);
}
