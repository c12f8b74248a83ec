using System.Net;
using System.Text;

namespace Generator.Publishing.Links;

/// <summary>
/// The references an HTML page makes (<c>href</c> and <c>src</c> attribute values) and the ids
/// it defines, read straight from its UTF-8 bytes in one pass. Quoted attribute values only, as
/// the generator and its theme write them; text in code blocks is escaped and never matches.
/// </summary>
public static class HtmlReferences
{
    public sealed record Scan(List<string> Links, HashSet<string> Ids);

    public static Scan Read(ReadOnlySpan<byte> html, bool withIds)
    {
        var links = new List<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var at = 0;
        while (at < html.Length)
        {
            var next = html[at..].IndexOf((byte)'=');
            if (next < 0)
            {
                break;
            }

            var equals = at + next;
            at = equals + 1;
            if (at >= html.Length || html[at] is not ((byte)'"' or (byte)'\''))
            {
                continue;
            }

            var name = AttributeName(html, equals);
            var isLink = name.SequenceEqual("href"u8) || name.SequenceEqual("src"u8);
            var isId = withIds && name.SequenceEqual("id"u8);
            if (!isLink && !isId)
            {
                continue;
            }

            var quote = html[at];
            var end = html[(at + 1)..].IndexOf(quote);
            if (end < 0)
            {
                break;
            }

            var value = WebUtility.HtmlDecode(Encoding.UTF8.GetString(html.Slice(at + 1, end)));
            (isLink ? (ICollection<string>)links : ids).Add(value);
            at += end + 2;
        }

        return new Scan(links, ids);
    }

    /// <summary>The attribute name just before '=' at <paramref name="equals"/>, when whitespace precedes it (else empty).</summary>
    private static ReadOnlySpan<byte> AttributeName(ReadOnlySpan<byte> html, int equals)
    {
        var start = equals;
        while (start > 0 && (char.IsAsciiLetter((char)html[start - 1]) || html[start - 1] == '-'))
        {
            start--;
        }

        return start > 0 && start < equals && html[start - 1] is (byte)' ' or (byte)'\n' or (byte)'\t' or (byte)'\r' ? html[start..equals] : [];
    }
}
