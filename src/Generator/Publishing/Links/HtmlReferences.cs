using System.Net;
using System.Text;

namespace Generator.Publishing.Links;

/// <summary>
/// The references an HTML page makes: its quoted <c>href</c> and <c>src</c> attribute values,
/// read straight from the page's UTF-8 bytes (text in code blocks is escaped and never matches),
/// and whether the page defines an id. Written for speed: every page of a site is read.
/// </summary>
public static class HtmlReferences
{
    /// <summary>Receives an attribute's value; the span is valid only during the call.</summary>
    public delegate void Found(ReadOnlySpan<char> value);

    /// <summary>Calls <paramref name="found"/> with each link's value (entities decoded).</summary>
    public static void ForEachLink(ReadOnlySpan<byte> html, Found found)
    {
        Scan(html, " href="u8, found);
        Scan(html, " src="u8, found);
    }

    /// <summary>Whether the page has an element with this id (a quoted <c>id</c> attribute).</summary>
    public static bool HasId(ReadOnlySpan<byte> html, string id)
    {
        var value = Encoding.UTF8.GetBytes(WebUtility.HtmlEncode(id));
        foreach (var quote in (ReadOnlySpan<byte>)[(byte)'"', (byte)'\''])
        {
            for (var at = 0; at < html.Length;)
            {
                var next = html[at..].IndexOf(" id="u8);
                if (next < 0)
                {
                    break;
                }

                var start = at + next + 4;
                if (start + value.Length + 1 < html.Length && html[start] == quote && html.Slice(start + 1, value.Length).SequenceEqual(value) && html[start + 1 + value.Length] == quote)
                {
                    return true;
                }

                at = start;
            }
        }

        return false;
    }

    /// <summary>The ids a page defines (for a did-you-mean; only when one is missing).</summary>
    public static HashSet<string> Ids(ReadOnlySpan<byte> html)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        Scan(html, " id="u8, id => ids.Add(id.ToString()));
        return ids;
    }

    private static void Scan(ReadOnlySpan<byte> html, ReadOnlySpan<byte> attribute, Found found)
    {
        Span<char> buffer = stackalloc char[256];
        for (var at = 0; at < html.Length;)
        {
            var next = html[at..].IndexOf(attribute);
            if (next < 0)
            {
                return;
            }

            var start = at + next + attribute.Length;
            if (start >= html.Length || html[start] is not ((byte)'"' or (byte)'\''))
            {
                at = start;
                continue;
            }

            var end = html[(start + 1)..].IndexOf(html[start]);
            if (end < 0)
            {
                return;
            }

            var value = html.Slice(start + 1, end);
            if (value.Contains((byte)'&') || value.Length > buffer.Length || !Encoding.UTF8.TryGetChars(value, buffer, out var written))
            {
                found(WebUtility.HtmlDecode(Encoding.UTF8.GetString(value)));
            }
            else
            {
                found(buffer[..written]);
            }

            at = start + end + 2;
        }
    }
}
