using System.Globalization;
using System.Text;
using System.Xml;

namespace Generator.Publishing.Formats;

/// <summary>Writes XML files the same way every time: UTF-8 without BOM, two-space indents, LF line ends.</summary>
internal static class XmlOutput
{
    public static byte[] Write(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
        };
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    /// <summary>
    /// An author's text as XML can hold it: the control characters XML 1.0 forbids (which YAML's
    /// escapes such as <c>"\0"</c> can put in a title) are left out, and a lone surrogate becomes
    /// U+FFFD. The XML writer would throw on either.
    /// </summary>
    public static string Text(string text)
    {
        if (text.All(XmlConvert.IsXmlChar))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                clean.Append(text, i++, 2);
            }
            else if (XmlConvert.IsXmlChar(text[i]))
            {
                clean.Append(text[i]);
            }
            else if (char.IsSurrogate(text[i]))
            {
                clean.Append('\uFFFD');
            }
        }

        return clean.ToString();
    }

    /// <summary>A date as W3C/RFC 3339 (<c>2019-09-01T00:00:00Z</c>), for sitemaps and Atom.</summary>
    public static string Rfc3339(DateTimeOffset date) => date.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>A date as RFC 822 (<c>Sun, 01 Sep 2019 00:00:00 GMT</c>), for RSS.</summary>
    public static string Rfc822(DateTimeOffset date) => date.ToUniversalTime().ToString("ddd, dd MMM yyyy HH:mm:ss 'GMT'", CultureInfo.InvariantCulture);
}
