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

    /// <summary>A version of a policy document at its permanent address (<c>.../v1/</c>).</summary>
    Version,

    /// <summary>What a version changed since the one before it (<c>.../v2/changes/</c>).</summary>
    Changes,

    /// <summary>The consultations, open and closed, of a language.</summary>
    Consultations,

    /// <summary>The page a consultation's response form leads to once sent.</summary>
    Thanks,
}
