using Generator.Rendering;

namespace Generator.Publishing;

/// <summary>A small HTML page that sends readers and crawlers to another URL (aliases and the site root).</summary>
public static class RedirectPage
{
    public static string Html(string language, string targetUrl, string absoluteTarget)
    {
        var target = HtmlText.Escape(targetUrl);
        var canonical = HtmlText.Escape(absoluteTarget);
        return $"""
            <!DOCTYPE html>
            <html lang="{HtmlText.Escape(language)}">
            <head>
            <meta charset="utf-8">
            <title>{target}</title>
            <link rel="canonical" href="{canonical}">
            <meta name="robots" content="noindex">
            <meta http-equiv="refresh" content="0; url={target}">
            </head>
            <body>
            <p><a href="{target}">{target}</a></p>
            </body>
            </html>

            """;
    }
}
