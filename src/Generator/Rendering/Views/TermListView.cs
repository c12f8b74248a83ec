namespace Generator.Rendering.Views;

/// <summary>
/// A taxonomy as a page shows it: its name, its title ("Tags") and the label before a page's
/// terms ("Tags:"), its index's URL in the reader's language, and (for <c>page.terms</c>) the
/// page's terms in that taxonomy.
/// </summary>
public sealed record TermListView(string Name, string Title, string Label, string Url, IReadOnlyList<TagLink> Terms);
