using System.Globalization;
using System.Text;
using Generator.Model;
using Generator.Rendering.Views;

namespace Generator.Rendering;

/// <summary>
/// Citation data for a guideline or statement: Highwire <c>citation_*</c> and Dublin Core
/// <c>DC.*</c> meta elements (read by Google Scholar and reference managers), and a "cite this"
/// reference as text, BibTeX and RIS. The author and publisher is the site (the working group).
/// </summary>
public static class Citation
{
    public static IEnumerable<MetaTag> MetaTags(string title, string publisher, PageEntry page, string permalink, string description)
    {
        var date = page.Date;
        yield return new MetaTag("citation_title", null, title);
        yield return new MetaTag("citation_author", null, publisher);
        if (date is { } published)
        {
            yield return new MetaTag("citation_publication_date", null, Slashed(published));
        }

        yield return new MetaTag("citation_publisher", null, publisher);
        yield return new MetaTag("citation_language", null, page.ContentLanguage);
        yield return new MetaTag("citation_abstract_html_url", null, permalink);
        yield return new MetaTag("DC.title", null, title);
        yield return new MetaTag("DC.creator", null, publisher);
        yield return new MetaTag("DC.publisher", null, publisher);
        if (date is { } day)
        {
            yield return new MetaTag("DC.date", null, MetadataViews.Day(day));
        }

        yield return new MetaTag("DC.language", null, page.ContentLanguage);
        yield return new MetaTag("DC.type", null, "Text");
        yield return new MetaTag("DC.identifier", null, permalink);
        yield return new MetaTag("DC.description", null, description);
    }

    /// <param name="note">A policy document's status and version as the reader's language says them (<c>Adopted, version 3</c>), or null.</param>
    /// <param name="version">The version cited, or null.</param>
    public static CitationView Of(string title, string publisher, PageEntry page, string permalink, string? note = null, int? version = null)
    {
        var date = page.Date;
        var year = date?.Start.Year.ToString(CultureInfo.InvariantCulture);
        var key = Key(page.Key) + year;
        var text = note is null ? $"{publisher} ({year ?? "n.d."}). {title}. {permalink}" : $"{publisher} ({year ?? "n.d."}). {title} [{note}]. {permalink}";
        var bibtex = new StringBuilder()
            .Append("@misc{").Append(key).Append(",\n")
            .Append("  title = {").Append(Bib(title)).Append("},\n")
            .Append("  author = {{").Append(Bib(publisher)).Append("}},\n")
            .Append("  publisher = {").Append(Bib(publisher)).Append("},\n")
            .Append(date is { } day ? $"  year = {{{year}}},\n  date = {{{MetadataViews.Day(day)}}},\n" : string.Empty)
            .Append(version is { } number ? $"  version = {{{number}}},\n" : string.Empty)
            .Append(note is not null ? $"  note = {{{Bib(note)}}},\n" : string.Empty)
            .Append("  language = {").Append(page.ContentLanguage).Append("},\n")
            .Append("  url = {").Append(permalink).Append("}\n")
            .Append('}').ToString();
        var ris = new StringBuilder()
            .Append("TY  - RPRT\n")
            .Append("TI  - ").Append(OneLine(title)).Append('\n')
            .Append("AU  - ").Append(OneLine(publisher)).Append('\n')
            .Append("PB  - ").Append(OneLine(publisher)).Append('\n')
            .Append(date is { } published ? $"PY  - {year}\nDA  - {Slashed(published)}\n" : string.Empty)
            .Append(version is { } edition ? $"ET  - {edition}\n" : string.Empty)
            .Append(note is not null ? $"N1  - {OneLine(note)}\n" : string.Empty)
            .Append("LA  - ").Append(page.ContentLanguage).Append('\n')
            .Append("UR  - ").Append(permalink).Append('\n')
            .Append("ER  - ").ToString();
        return new CitationView(text, bibtex, ris);
    }

    /// <summary>A date as citation formats write it, as far as it is known: <c>2019</c>, <c>2019/06</c>, <c>2019/06/20</c>.</summary>
    private static string Slashed(Dates.DateValue date) => date.IsoDate.Replace('-', '/');

    private static string Key(string pageKey) =>
        new(pageKey.Where(char.IsAsciiLetterOrDigit).ToArray());

    /// <summary>Escapes BibTeX's special characters.</summary>
    private static string Bib(string text)
    {
        var output = new StringBuilder(text.Length);
        foreach (var c in OneLine(text))
        {
            output.Append(c switch
            {
                '\\' => "\\textbackslash{}",
                '{' or '}' or '&' or '%' or '$' or '#' or '_' => "\\" + c,
                '~' => "\\textasciitilde{}",
                '^' => "\\textasciicircum{}",
                _ => c.ToString(),
            });
        }

        return output.ToString();
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
