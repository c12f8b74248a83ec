using Generator.Model;

namespace Generator.Linking;

/// <summary>A body link resolved to a translation group, with its anchor and the author's label, if any.</summary>
public sealed record ResolvedLink(TranslationGroup Target, string? Anchor, string? Label);
