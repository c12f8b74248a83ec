using System.Collections.Immutable;

namespace Generator.Configuration.Schema;

/// <summary>
/// The site's content model, read from site.yml once and read by every stage: its page types
/// (their kind, fields and relations), its feeds. A site that declares no <c>types:</c> has an
/// implicit model: each section's type (and <c>page</c>) is a document type without fields or
/// relations.
/// </summary>
public sealed class ContentModel
{
    public ContentModel(ImmutableArray<TypeDefinition> types, ImmutableArray<FeedDefinition> feeds, bool declared)
    {
        Types = types;
        Feeds = feeds;
        Declared = declared;
        _byName = types.ToImmutableDictionary(t => t.Name, StringComparer.Ordinal);
        RelationKeys = [.. types.SelectMany(t => t.Relations).Select(r => r.Key).Distinct(StringComparer.Ordinal)];
        FieldNames = [.. types.SelectMany(t => t.Fields).Select(f => f.Name).Distinct(StringComparer.Ordinal)];
    }

    private readonly ImmutableDictionary<string, TypeDefinition> _byName;

    /// <summary>The types in the order site.yml declares them (lists of related pages follow it).</summary>
    public ImmutableArray<TypeDefinition> Types { get; }

    public ImmutableArray<FeedDefinition> Feeds { get; }

    /// <summary>The taxonomies, in the order site.yml declares them (<c>tags</c> when it declares none).</summary>
    public ImmutableArray<TaxonomyDefinition> Taxonomies { get; init; } = [TaxonomyDefinition.Tags];

    /// <summary>The lifecycles site.yml declares, by name.</summary>
    public ImmutableDictionary<string, LifecycleDefinition> Lifecycles { get; init; } = ImmutableDictionary<string, LifecycleDefinition>.Empty;

    /// <summary>Whether any type has a lifecycle (the site publishes policy documents).</summary>
    public bool HasLifecycles => Types.Any(t => t.Lifecycle is not null);

    public TaxonomyDefinition? Taxonomy(string name) => Taxonomies.FirstOrDefault(t => t.Name == name);

    /// <summary>True when site.yml declares <c>types:</c>; a page's type must then be one of them.</summary>
    public bool Declared { get; }

    /// <summary>Every relation key of any type, in the order of their first declaration.</summary>
    public ImmutableArray<string> RelationKeys { get; }

    /// <summary>Every field name of any type.</summary>
    public ImmutableArray<string> FieldNames { get; }

    public static ContentModel Implicit(IEnumerable<string> typeNames) =>
        new([.. typeNames.Where(t => t != "page").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(Plain).Append(RootPage([]))], [], declared: false);

    /// <summary>The type of pages at the content's root (about, contact…) when site.yml does not declare it: an entity, not a document of the site's lists.</summary>
    public static TypeDefinition RootPage(ImmutableArray<RelationDefinition> relations) =>
        new("page", TypeKind.Entity, [], relations, "page", null, null, Citable: false, Calendar: false, new Diagnostics.SourceRef("site.yml"));

    public TypeDefinition? Type(string name) => _byName.GetValueOrDefault(name) ?? (name == TaxonomyDefinition.TermType ? TermPage : null);

    /// <summary>The type of term pages: an entity without fields or relations of its own.</summary>
    private static readonly TypeDefinition TermPage =
        new(TaxonomyDefinition.TermType, TypeKind.Entity, [], [], "term", null, null, Citable: false, Calendar: false, new Diagnostics.SourceRef("site.yml"));

    /// <summary>The declared type, or a plain document type of that name (a site without <c>types:</c>, or a mistake reported elsewhere).</summary>
    public TypeDefinition TypeOrPlain(string name) => Type(name) ?? Plain(name);

    /// <summary>The first declaration of a relation key on any type.</summary>
    public RelationDefinition? AnyRelation(string key) => Types.SelectMany(t => t.Relations).FirstOrDefault(r => r.Key == key);

    /// <summary>The first declaration of a field on any type.</summary>
    public FieldDefinition? AnyField(string name) => Types.SelectMany(t => t.Fields).FirstOrDefault(f => f.Name == name);

    /// <summary>The type's place in the declaration order (unknown types last).</summary>
    public int Order(string type) => Type(type) is { } declared ? Types.IndexOf(declared) : Types.Length;

    private static TypeDefinition Plain(string name) =>
        new(name, TypeKind.Document, [], [], name, null, null, Citable: false, Calendar: false, new Diagnostics.SourceRef("site.yml"));
}
