using Markdig.Syntax.Inlines;

namespace Generator.Markdown;

/// <summary>
/// <c>[[id]]</c>, <c>[[id|label]]</c>, <c>[[id#anchor]]</c> or <c>[[id#anchor|label]]</c> in a
/// Markdown body. Line and column (0-based, in the body) come from the parser.
/// </summary>
public sealed class WikiLinkInline : LeafInline
{
    public required string Target { get; init; }

    public string? Anchor { get; init; }

    public string? Label { get; init; }
}
