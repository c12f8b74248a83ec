using System.Collections.Immutable;
using Generator.Configuration;
using Generator.Content;
using Generator.Diagnostics;

namespace Generator.Model;

/// <summary>
/// Collects the <c>aliases</c> of real pages: an alias starting with '/' is a path from the site
/// root, any other is relative to the page's language root. Each becomes a redirect page.
/// </summary>
public sealed class AliasCollector(SiteConfig config)
{
    public ImmutableArray<AliasEntry> Collect(ImmutableArray<PageEntry> pages, DiagnosticBag diagnostics)
    {
        var result = ImmutableArray.CreateBuilder<AliasEntry>();
        foreach (var page in pages.Where(p => !p.IsFallback && p.FrontMatter is { Aliases.Length: > 0 }))
        {
            foreach (var (alias, where) in page.FrontMatter!.Aliases)
            {
                if (Normalize(alias, page.Language) is { } url)
                {
                    result.Add(new AliasEntry(url, page, where));
                }
                else
                {
                    diagnostics.Error(DiagnosticCodes.InvalidAlias, where, $"alias '{alias}' is not a usable path",
                        "write a path such as /old-section/old-page/ with letters, digits, '-', '_', '.' and '/'");
                }
            }
        }

        return result.ToImmutable();
    }

    private string? Normalize(string alias, string language)
    {
        var path = alias.Trim();
        if (path.Contains("..", StringComparison.Ordinal) || path.Contains("//", StringComparison.Ordinal) || path.Length == 0
            || !path.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/' or '~'))
        {
            return null;
        }

        path = path.EndsWith(".html", StringComparison.Ordinal) ? path : path.TrimEnd('/') + "/";
        return path.StartsWith('/') ? config.BasePath + path.TrimStart('/') : config.BasePath + language + "/" + path;
    }
}
