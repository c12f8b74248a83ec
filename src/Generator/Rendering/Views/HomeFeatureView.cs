namespace Generator.Rendering.Views;

/// <summary>
/// A block of the home page (<c>page.features</c>): its id (for its heading), its heading, its
/// pages, the text shown when it has none, a link to its full list, and its style
/// (<c>list</c> or <c>links</c>).
/// </summary>
public sealed record HomeFeatureView(string Id, string Title, IReadOnlyList<ListItemView> Pages, string Empty, MoreLink? More, string Style);

/// <summary>A "see all" link under a block of the home page.</summary>
public sealed record MoreLink(string Url, string Label);

/// <summary>Who publishes the site (<c>site.publisher</c>): their name and the page about them in the reader's language.</summary>
public sealed record PublisherView(string Name, string Url, string Lang, bool IsTranslated);
