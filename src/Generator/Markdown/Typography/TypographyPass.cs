using System.Collections.Frozen;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Generator.Markdown.Typography;

/// <summary>
/// Applies a language's typography to a parsed body, block by block, in its literal text only:
/// code spans and blocks, raw HTML (and the text of <c>&lt;code&gt;</c>, <c>&lt;pre&gt;</c> and
/// the like written in it), autolinks and bare URLs, images (their text is an attribute),
/// wikilinks and shortcodes are read as context and never changed; link destinations, titles
/// and attributes are not text at all. A character the author escaped (<c>\"</c>) stays as typed.
/// Runs once on a body's freshly parsed tree, after the heading ids are made from its text.
/// </summary>
public sealed class TypographyPass(TypographyRules rules)
{
    private static readonly FrozenSet<string> RawElements =
        new[] { "code", "kbd", "samp", "pre", "script", "style", "textarea", "math", "svg", "var" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private readonly TextTypographer _typographer = new(rules);

    public void Apply(MarkdownDocument document)
    {
        var segments = new List<TextSegment>();
        var literals = new List<LiteralInline?>();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            // Most blocks have no quote or mark the rules change: they are not collected at all.
            if (block.Inline is not { } inline || !Concerns(inline))
            {
                continue;
            }

            segments.Clear();
            literals.Clear();
            var raw = 0;
            Collect(inline, segments, literals, ref raw);
            var texts = _typographer.Apply(segments);
            for (var i = 0; i < literals.Count; i++)
            {
                if (literals[i] is { } literal && !ReferenceEquals(texts[i], segments[i].Text))
                {
                    literal.Content = new StringSlice(texts[i]);
                }
            }
        }
    }

    /// <summary>Whether any text of the inline (its literals, at any depth, and entities) has a character the rules may change.</summary>
    private bool Concerns(ContainerInline container)
    {
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            var found = child switch
            {
                LiteralInline literal => _typographer.Concerns(literal.Content.AsSpan()),
                HtmlEntityInline entity => _typographer.Concerns(entity.Transcoded.AsSpan()),
                ContainerInline inner => Concerns(inner),
                _ => false,
            };
            if (found) return true;
        }

        return false;
    }

    private static void Collect(Inline inline, List<TextSegment> segments, List<LiteralInline?> literals, ref int raw)
    {
        void Add(TextSegment segment, LiteralInline? literal)
        {
            segments.Add(segment);
            literals.Add(literal);
        }

        switch (inline)
        {
            case LiteralInline literal when raw == 0:
                Add(new TextSegment(literal.Content.ToString(), Editable: true, literal.IsFirstCharacterEscaped), literal);
                break;
            case LiteralInline:
                Add(TextSegment.Object, null);
                break;
            case HtmlEntityInline entity:
                Add(new TextSegment(entity.Transcoded.ToString(), Editable: false), null);
                break;
            case LineBreakInline:
                Add(TextSegment.LineBreak, null);
                break;
            case HtmlInline html:
                raw = Math.Max(0, raw + RawDepthChange(html.Tag));
                Add(IsLineBreak(html.Tag) ? TextSegment.LineBreak : TextSegment.Object, null);
                break;
            case LinkInline { IsImage: false, IsAutoLink: false } link:
                CollectChildren(link, segments, literals, ref raw);
                break;
            case ContainerInline container when container is not LinkInline:
                CollectChildren(container, segments, literals, ref raw);
                break;
            default:
                Add(TextSegment.Object, null);
                break;
        }
    }

    private static void CollectChildren(ContainerInline container, List<TextSegment> segments, List<LiteralInline?> literals, ref int raw)
    {
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            Collect(child, segments, literals, ref raw);
        }
    }

    private static bool IsLineBreak(string? tag) =>
        tag is not null && tag.StartsWith("<br", StringComparison.OrdinalIgnoreCase) && (tag.Length == 3 || !char.IsAsciiLetterOrDigit(tag[3]));

    /// <summary>+1 for a tag that opens an element whose text is not prose (<c>&lt;code&gt;</c>), -1 for one that closes it, else 0.</summary>
    private static int RawDepthChange(string? tag)
    {
        if (tag is null || tag.Length < 2 || tag[0] != '<')
        {
            return 0;
        }

        var closing = tag[1] == '/';
        var start = closing ? 2 : 1;
        var end = start;
        while (end < tag.Length && char.IsAsciiLetterOrDigit(tag[end])) end++;
        var name = tag[start..end];
        if (!RawElements.Contains(name) || tag.EndsWith("/>", StringComparison.Ordinal))
        {
            return 0;
        }

        return closing ? -1 : 1;
    }
}
