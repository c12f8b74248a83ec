namespace Generator.Model;

/// <summary>The translation keys of the pages the generator makes itself.</summary>
public static class SiteKeys
{
    public const string Home = "_index";
    public const string NotFound = "@404";

    /// <summary>The knowledge map's page, the same in every language.</summary>
    public const string Map = "@map";

    public static string Section(string section) => section + "/_index";

    /// <summary>A taxonomy's index of terms: <c>@tags</c>.</summary>
    public static string Taxonomy(string taxonomy) => "@" + taxonomy;

    /// <summary>A term's page, the same in every language: <c>@tags/volunteering</c>.</summary>
    public static string Term(string taxonomy, string term) => "@" + taxonomy + "/" + term;
}
