namespace Generator.Model;

/// <summary>The translation keys of the pages the generator makes itself.</summary>
public static class SiteKeys
{
    public const string Home = "_index";
    public const string NotFound = "@404";

    /// <summary>The knowledge map's page, the same in every language.</summary>
    public const string Map = "@map";

    /// <summary>The consultations' list, the same in every language.</summary>
    public const string Consultations = "@consultations";

    /// <summary>The page a consultation's response leads to.</summary>
    public const string Thanks = "@consultations/thanks";

    /// <summary>A version of a document at its own address: <c>guidelines/x@v1</c>.</summary>
    public static string Version(string document, int number) => $"{document}@v{number}";

    /// <summary>What a version of a document changed: <c>guidelines/x@v2/changes</c>.</summary>
    public static string Changes(string document, int number) => $"{document}@v{number}/changes";

    public static string Section(string section) => section + "/_index";

    /// <summary>A taxonomy's index of terms: <c>@tags</c>.</summary>
    public static string Taxonomy(string taxonomy) => "@" + taxonomy;

    /// <summary>A term's page, the same in every language: <c>@tags/volunteering</c>.</summary>
    public static string Term(string taxonomy, string term) => "@" + taxonomy + "/" + term;
}
