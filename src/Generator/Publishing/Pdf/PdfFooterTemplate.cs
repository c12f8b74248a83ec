using System.Globalization;
using System.Net;

namespace Generator.Publishing.Pdf;

/// <summary>
/// The footer that Chromium draws in the bottom margin of every printed page: the job's footer
/// line (HTML-escaped) and the localized page label, whose <c>{0}</c> and <c>{1}</c> become
/// Chromium's <c>pageNumber</c> and <c>totalPages</c> placeholders.
/// </summary>
internal static class PdfFooterTemplate
{
    /// <summary>The bottom margin in inches: room for two lines of footer below the text.</summary>
    public const double BottomMargin = 0.75;

    /// <summary>The side and top margins in inches, used when the page's CSS sets none.</summary>
    public const double Margin = 0.6;

    public static string Footer(string footerText, string pageLabel)
    {
        var label = string.Format(
            CultureInfo.InvariantCulture,
            WebUtility.HtmlEncode(pageLabel),
            "<span class=\"pageNumber\"></span>",
            "<span class=\"totalPages\"></span>");
        return "<div style=\"font-family: sans-serif; font-size: 8.5pt; color: #333; width: 100%; "
            + $"margin: 0 {Margin}in; display: flex; gap: 1.5em; justify-content: space-between; align-items: flex-end;\">"
            + $"<span style=\"overflow-wrap: anywhere;\">{WebUtility.HtmlEncode(footerText)}</span>"
            + $"<span style=\"white-space: nowrap;\">{label}</span></div>";
    }

    /// <summary>An empty header (Chromium's default one shows the date and title).</summary>
    public static string Header => "<span></span>";
}
