namespace Generator.Rendering.Views;

/// <summary>
/// A link to another page for lists of relations, backlinks and related documents: in the
/// reader's language when translated (<see cref="IsTranslated"/>), else to the original in <see cref="Lang"/>.
/// </summary>
public sealed record LinkView(string Title, string Url, string Lang, bool IsTranslated, string Section, string Type, DateTimeOffset? Date);
