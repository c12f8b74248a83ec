using System.Collections.Immutable;
using System.Text;

namespace Generator.Publishing.Promises;

/// <summary>
/// The committed record of every page URL the site has published (<c>input/published-urls.txt</c>):
/// one URL per line, from the site's root (without the base URL's path), followed by the page's
/// translation key; <c>#</c> starts a comment. Reviewed in pull requests like a lock file: a URL
/// leaves it only when a person deletes its line.
/// </summary>
public sealed record UrlRecord(ImmutableArray<UrlRecord.Entry> Entries)
{
    public const string FileName = "published-urls.txt";

    /// <summary>One recorded URL, its page's translation key, and its line in the file.</summary>
    public sealed record Entry(string Url, string Key, int Line);

    public static UrlRecord Parse(string text)
    {
        var entries = ImmutableArray.CreateBuilder<Entry>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split((char[])[' ', '\t'], 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            entries.Add(new Entry(parts[0], parts.Length > 1 ? parts[1] : string.Empty, i + 1));
        }

        return new UrlRecord(entries.ToImmutable());
    }

    /// <summary>The record's text: the URLs in ordinal order, each once, after a header that says what the file is.</summary>
    public static byte[] Format(IEnumerable<(string Url, string Key)> entries)
    {
        var text = new StringBuilder();
        text.Append("# Every page URL this site has published, from the site's root, with its page's translation key.\n");
        text.Append("# A build fails when one of them is no longer built and no alias leads from it: published policy\n");
        text.Append("# documents are cited, so their addresses are kept. `build --record-urls` adds new pages; delete a\n");
        text.Append("# line only to withdraw an address for good. Review changes to this file like a lock file.\n");
        foreach (var (url, key) in entries.DistinctBy(e => e.Url, StringComparer.Ordinal).OrderBy(e => e.Url, StringComparer.Ordinal))
        {
            text.Append(url).Append("  ").Append(key).Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
