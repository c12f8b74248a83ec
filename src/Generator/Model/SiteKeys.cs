namespace Generator.Model;

/// <summary>The translation keys of the pages the generator makes itself.</summary>
public static class SiteKeys
{
    public const string Home = "_index";
    public const string TagIndex = "@tags";
    public const string NotFound = "@404";

    public static string Section(string section) => section + "/_index";

    public static string Tag(string slug) => "@tags/" + slug;
}
