namespace Generator.Model;

/// <summary>What a page is; each kind has its own layout.</summary>
public enum PageKind
{
    Home,
    Section,
    Document,
    Taxonomy,
    Term,
    NotFound,

    /// <summary>The knowledge map: the relations between pages, drawn and listed.</summary>
    Map,
}
