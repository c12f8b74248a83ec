using Generator.Configuration;

namespace Generator.Content;

/// <summary>
/// What a content file's path says: <c>events/toulouse-2019.fr.md</c> is the French version of
/// <c>events/toulouse-2019</c> in section <c>events</c>; <c>_index.nl.md</c> at the root is the
/// Dutch home page. A file without a language suffix belongs to the default language.
/// </summary>
public sealed record ContentPath(
    string RelativePath,
    string Section,
    string Name,
    string Language,
    string TranslationPath)
{
    public bool IsIndex => Name == "_index";

    public bool IsHome => IsIndex && Section.Length == 0;

    public static ContentPath Parse(string relativePath, SiteConfig config)
    {
        var withoutExtension = relativePath[..^".md".Length];
        var directory = withoutExtension.Contains('/') ? withoutExtension[..withoutExtension.LastIndexOf('/')] : string.Empty;
        var name = withoutExtension[(directory.Length == 0 ? 0 : directory.Length + 1)..];
        var language = config.DefaultLanguage;
        var dot = name.LastIndexOf('.');
        if (dot > 0 && config.HasLanguage(name[(dot + 1)..]))
        {
            language = name[(dot + 1)..];
            name = name[..dot];
        }

        var section = directory.Split('/')[0];
        var translationPath = directory.Length == 0 ? name : directory + "/" + name;
        return new ContentPath(relativePath, section, name, language, translationPath);
    }
}
