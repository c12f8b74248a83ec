using System.Globalization;
using Generator.Model;
using Generator.Rendering;

namespace Generator.Publishing.Pdf;

/// <summary>
/// What each PDF of record prints: for every page <see cref="PdfAddress"/> gives one, the page
/// at its address in the build's output, its title, publisher (the author), language and
/// summary as metadata, and a running footer with the title, the version, its date and the
/// permanent address (the version's own address when the document has versions) in the page's language.
/// </summary>
public sealed class PdfRecordJobs(SiteModel model, UiStrings strings)
{
    /// <summary>One PDF to print: the page, its HTML's output path, the PDF's output path and the job.</summary>
    public sealed record Planned(PageEntry Page, string HtmlPath, string PdfPath, PdfJob Job);

    public IEnumerable<Planned> For(Func<string, PdfResource?> resources)
    {
        var config = model.Config;
        foreach (var page in model.Pages)
        {
            if (PdfAddress.For(page, config) is not { } url)
            {
                continue;
            }

            var language = config.Language(page.ContentLanguage);
            var history = model.Versions.GetValueOrDefault(page.VersionOf ?? page.Key);
            var version = page.Version ?? history?.In(page.Language).FirstOrDefault(v => v.IsCurrent);
            var permanent = version is not null && model.Find(SiteKeys.Version(history!.Key, version.Number), page.Language) is { } versionPage
                ? versionPage.Url : page.Url;
            var date = version?.Date ?? page.FrontMatter?.Updated ?? page.FrontMatter?.Date;
            var parts = new List<string> { page.Title };
            if (version is not null)
            {
                parts.Add(Format(page.Language, "pdf.version", "Version {0}", version.Number));
            }

            if (date is { } day)
            {
                parts.Add(day.Display(language.Culture, language.DateFormat, language.MonthFormat));
            }

            parts.Add(config.Absolute(permanent));
            var author = config.Publisher?.Names.GetValueOrDefault(page.Language) ?? config.Publisher?.Names.GetValueOrDefault(config.DefaultLanguage);
            var job = new PdfJob(new Uri(config.Absolute(page.Url)), resources, page.Title, author, page.ContentLanguage, page.Document?.DisplaySummary,
                string.Join(" · ", parts), Text(page.Language, "pdf.page", "Page {0} / {1}"), date?.Start);
            yield return new Planned(page, page.OutputPath(config.BasePath), OutputPaths.FromUrl(url, config.BasePath), job);
        }
    }

    private string Text(string language, string key, string fallback) => strings.TryGet(language, key, out var text) ? text : fallback;

    private string Format(string language, string key, string fallback, object value) =>
        string.Format(model.Config.Language(language).Culture, Text(language, key, fallback), value);
}
