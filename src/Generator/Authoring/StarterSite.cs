using System.Globalization;

namespace Generator.Authoring;

/// <summary>
/// The small site <c>init</c> writes to start from (the files under <c>Authoring/Starter/</c>,
/// embedded in the assembly): <c>input/site.yml</c> with a content model (a <c>report</c> document
/// type with a status, a <c>topic</c> entity type, a <c>topics</c> relation, the <c>tags</c>
/// taxonomy, two sections and a menu, no search index), the home page, one report and one topic
/// in English, French and Dutch, the site's UI strings for its types, a README and a
/// <c>.gitignore</c>. It builds with the project's theme and passes <c>check --strict</c>.
/// </summary>
public static class StarterSite
{
    private const string Prefix = "starter/";

    /// <summary>
    /// Each file's path relative to the site's folder (with <c>/</c>) and its text, in path order;
    /// <c>{{tool}}</c> becomes the program's name and <c>{{today}}</c> the date.
    /// </summary>
    public static IReadOnlyList<(string Path, string Text)> Files(string tool, DateTimeOffset today)
    {
        var assembly = typeof(StarterSite).Assembly;
        var date = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return [.. assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(name =>
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
                var text = reader.ReadToEnd().Replace("{{tool}}", tool, StringComparison.Ordinal).Replace("{{today}}", date, StringComparison.Ordinal);
                return (Path: SitePath(name[Prefix.Length..]), Text: text);
            })
            .OrderBy(file => file.Path, StringComparer.Ordinal)];
    }

    /// <summary>The file's path in the site: the resource's, with <c>gitignore</c> as <c>.gitignore</c> (a dot-file in the repository would apply to it).</summary>
    private static string SitePath(string resource)
    {
        var path = resource.Replace('\\', '/');
        return path == "gitignore" ? ".gitignore" : path;
    }
}
