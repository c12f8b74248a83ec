namespace Generator.Rendering.Views;

/// <summary>
/// A language switcher entry: the same document in another language. <see cref="IsTranslated"/>
/// is false where the target is a fallback page or, for pages with no counterpart, that language's home.
/// </summary>
public sealed record LanguageLink(string Code, string Name, string Url, bool IsCurrent, bool IsTranslated);
