namespace Generator.Rendering.Views;

/// <summary>Links of one kind under a label in the reader's language ("Topics", "Guidelines on this topic").</summary>
public sealed record RelationGroupView(string Kind, string Label, IReadOnlyList<LinkView> Items)
{
    /// <summary>The search filter the relation's targets feed (its <c>filter</c> in site.yml), if any.</summary>
    public string? Filter { get; init; }
}
