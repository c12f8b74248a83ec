using System.Collections.Immutable;
using Generator.Content;
using Generator.Diagnostics;

namespace Generator.Publishing.Links;

/// <summary>Finds where a link is written: the first place a file's text holds it, as written or escaped.</summary>
public sealed class LinkLocator(ImmutableArray<SourceFile> themeFiles)
{
    /// <summary>
    /// The theme file that writes the link: as it is, else the longest end of its path that a
    /// theme file holds (a template writes <c>/{{ page.lang }}/contact/</c> for <c>/en/contact/</c>).
    /// </summary>
    public SourceRef? InTheme(string href)
    {
        for (var rest = href; rest.Length >= 4 && rest.Any(char.IsLetter); rest = rest[(rest.IndexOf('/', 1) is var slash and > 0 ? slash : rest.Length)..])
        {
            if (themeFiles.Select(file => Find(file, rest)).FirstOrDefault(found => found is not null) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    public static SourceRef? Find(SourceFile file, string href)
    {
        if (file.Bytes is null || TextDecoder.Decode(file.Bytes) is not { } text)
        {
            return null;
        }

        foreach (var form in new[] { href, Uri.UnescapeDataString(href), System.Net.WebUtility.HtmlEncode(href) }.Distinct(StringComparer.Ordinal))
        {
            var index = text.IndexOf(form, StringComparison.Ordinal);
            if (index >= 0)
            {
                var line = 1 + text.AsSpan(0, index).Count('\n');
                var column = index - (text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1) + 1;
                return new SourceRef(file.DisplayPath, new SourcePosition(line, index == 0 ? 1 : column));
            }
        }

        return null;
    }
}
