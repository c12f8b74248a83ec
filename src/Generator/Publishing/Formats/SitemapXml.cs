using Generator.Model;

namespace Generator.Publishing.Formats;

/// <summary>
/// <c>sitemap.xml</c> (sitemaps.org 0.9): every indexable page (no fallback, 404 or pager page),
/// with an <c>xhtml:link</c> alternate for each real translation and <c>x-default</c>, and
/// the date it last changed where it has one.
/// </summary>
public static class SitemapXml
{
    private const string Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string Xhtml = "http://www.w3.org/1999/xhtml";

    public static byte[] Write(SiteModel model)
    {
        var config = model.Config;
        return XmlOutput.Write(xml =>
        {
            xml.WriteStartElement("urlset", Sitemaps);
            xml.WriteAttributeString("xmlns", "xhtml", null, Xhtml);
            foreach (var page in model.Pages.Where(p => !p.IsFallback && p.Kind != PageKind.NotFound))
            {
                xml.WriteStartElement("url", Sitemaps);
                xml.WriteElementString("loc", Sitemaps, config.Absolute(page.Url));
                if ((page.FrontMatter?.Updated ?? page.Date) is { } changed)
                {
                    xml.WriteElementString("lastmod", Sitemaps, XmlOutput.Rfc3339(changed.Start));
                }

                var translations = model.Translations(page.Key).Values.Where(t => !t.IsFallback).OrderBy(t => t.Language, StringComparer.Ordinal).ToList();
                if (translations.Count > 1)
                {
                    foreach (var translation in translations)
                    {
                        Alternate(xml, translation.Language, config.Absolute(translation.Url));
                    }

                    var fallback = translations.FirstOrDefault(t => t.Language == config.DefaultLanguage) ?? translations[0];
                    Alternate(xml, "x-default", config.Absolute(fallback.Url));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        });
    }

    private static void Alternate(System.Xml.XmlWriter xml, string hreflang, string href)
    {
        xml.WriteStartElement("xhtml", "link", Xhtml);
        xml.WriteAttributeString("rel", "alternate");
        xml.WriteAttributeString("hreflang", hreflang);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
