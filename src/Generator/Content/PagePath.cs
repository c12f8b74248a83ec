using System.Text.RegularExpressions;

namespace Generator.Content;

/// <summary>
/// A page's <c>url</c>: its whole path, as Hugo's front matter sets it. Segments of letters,
/// digits, <c>-</c>, <c>_</c>, <c>.</c> and <c>~</c> (none starting with a dot) between slashes,
/// the first and last slash optional; a page is a folder, so a last segment with a dot needs its
/// slash (<c>/v1.2/</c>; <c>/about.html</c> is not a page's path). Kept as <c>/about-us/</c>:
/// relative to the language's root, or, when its first segment is a language of the site
/// (<c>/fr/a-propos/</c>), to the site's root.
/// </summary>
public static partial class PagePath
{
    /// <summary>The texts <c>url</c> takes, for the parser and the editor schemas alike.</summary>
    public const string Pattern = "^/?(?:" + Segment + "/)*(?:" + Segment + "/|[A-Za-z0-9_~-]+)$";

    private const string Segment = "[A-Za-z0-9_~-][A-Za-z0-9._~-]*";

    /// <summary>The path between slashes (<c>about-us</c> is <c>/about-us/</c>), or null when the text is not a page's path.</summary>
    public static string? Normalize(string text) =>
        !text.Contains('\n') && Shape().IsMatch(text) ? "/" + text.Trim('/') + "/" : null;

    /// <summary>The first segment of a normalized path when it is one of the site's languages (<c>/fr/a-propos/</c> is in <c>fr</c>).</summary>
    public static string? LanguageOf(string path, Func<string, bool> isLanguage)
    {
        var first = path.Trim('/').Split('/')[0];
        return isLanguage(first) ? first : null;
    }

    /// <summary>The path inside its language's root: <c>/fr/a-propos/</c> and <c>/a-propos/</c> are both <c>a-propos/</c>.</summary>
    public static string InLanguage(string path, Func<string, bool> isLanguage)
    {
        var inside = path.Trim('/');
        if (LanguageOf(path, isLanguage) is { } language)
        {
            inside = inside[language.Length..].TrimStart('/');
        }

        return inside.Length == 0 ? string.Empty : inside + "/";
    }

    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
