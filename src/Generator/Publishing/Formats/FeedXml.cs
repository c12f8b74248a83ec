using Generator.Model;

namespace Generator.Publishing.Formats;

/// <summary>What a feed says about itself, in one language.</summary>
public sealed record FeedHeader(string Title, string Language, string SiteUrl, string RssUrl, string AtomUrl, string Author);

/// <summary>
/// RSS 2.0 and Atom 1.0 feeds of a list of pages, with absolute URLs, the summary as each
/// entry's description, and dates from the pages' front matter (so the same content gives the
/// same bytes). An undated entry, or an empty feed, is dated by the newest page of the site; a
/// year or a month written alone is dated by its first day, as feeds need full dates.
/// </summary>
public static class FeedXml
{
    private const string AtomNs = "http://www.w3.org/2005/Atom";

    public static byte[] Rss(SiteModel model, FeedHeader header, IReadOnlyList<PageEntry> items, DateTimeOffset fallbackDate)
    {
        var config = model.Config;
        return XmlOutput.Write(xml =>
        {
            xml.WriteStartElement("rss");
            xml.WriteAttributeString("version", "2.0");
            xml.WriteAttributeString("xmlns", "atom", null, AtomNs);
            xml.WriteStartElement("channel");
            xml.WriteElementString("title", XmlOutput.Text(header.Title));
            xml.WriteElementString("link", header.SiteUrl);
            xml.WriteElementString("description", XmlOutput.Text(header.Title));
            xml.WriteElementString("language", header.Language);
            xml.WriteElementString("lastBuildDate", XmlOutput.Rfc822(Newest(items) ?? fallbackDate));
            xml.WriteStartElement("atom", "link", AtomNs);
            xml.WriteAttributeString("href", header.RssUrl);
            xml.WriteAttributeString("rel", "self");
            xml.WriteAttributeString("type", "application/rss+xml");
            xml.WriteEndElement();
            foreach (var page in items)
            {
                var url = config.Absolute(page.Url);
                xml.WriteStartElement("item");
                xml.WriteElementString("title", XmlOutput.Text(page.Title));
                xml.WriteElementString("link", url);
                xml.WriteStartElement("guid");
                xml.WriteAttributeString("isPermaLink", "true");
                xml.WriteString(url);
                xml.WriteEndElement();
                if (page.Date is { } date)
                {
                    xml.WriteElementString("pubDate", XmlOutput.Rfc822(date.Start));
                }

                if (page.Document?.DisplaySummary is { } summary)
                {
                    xml.WriteElementString("description", XmlOutput.Text(summary));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
        });
    }

    public static byte[] Atom(SiteModel model, FeedHeader header, IReadOnlyList<PageEntry> items, DateTimeOffset fallbackDate)
    {
        var config = model.Config;
        return XmlOutput.Write(xml =>
        {
            xml.WriteStartElement("feed", AtomNs);
            xml.WriteAttributeString("xml", "lang", null, header.Language);
            xml.WriteElementString("id", AtomNs, header.AtomUrl);
            xml.WriteElementString("title", AtomNs, XmlOutput.Text(header.Title));
            xml.WriteElementString("updated", AtomNs, XmlOutput.Rfc3339(Newest(items) ?? fallbackDate));
            Link(xml, header.AtomUrl, "self", "application/atom+xml");
            Link(xml, header.SiteUrl, "alternate", "text/html");
            xml.WriteStartElement("author", AtomNs);
            xml.WriteElementString("name", AtomNs, XmlOutput.Text(header.Author));
            xml.WriteEndElement();
            foreach (var page in items)
            {
                var url = config.Absolute(page.Url);
                xml.WriteStartElement("entry", AtomNs);
                xml.WriteElementString("id", AtomNs, url);
                xml.WriteElementString("title", AtomNs, XmlOutput.Text(page.Title));
                Link(xml, url, "alternate", "text/html");
                if (page.Date is { } date)
                {
                    xml.WriteElementString("published", AtomNs, XmlOutput.Rfc3339(date.Start));
                }

                xml.WriteElementString("updated", AtomNs, XmlOutput.Rfc3339((page.FrontMatter?.Updated ?? page.Date)?.Start ?? fallbackDate));
                if (page.Document?.DisplaySummary is { } summary)
                {
                    xml.WriteElementString("summary", AtomNs, XmlOutput.Text(summary));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        });
    }

    private static DateTimeOffset? Newest(IReadOnlyList<PageEntry> items) =>
        items.Select(p => p.FrontMatter?.Updated ?? p.Date).Max()?.Start;

    private static void Link(System.Xml.XmlWriter xml, string href, string rel, string type)
    {
        xml.WriteStartElement("link", AtomNs);
        xml.WriteAttributeString("href", href);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteEndElement();
    }
}
