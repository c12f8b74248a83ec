using System.Collections.Immutable;
using Generator.Diagnostics;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Generator.Markdown;

/// <summary>
/// Turns a parsed body into a <see cref="CompiledBody"/>: one walk of the syntax tree collects
/// its links (wikilinks and links to source files), headings and images without text, each at
/// its place in the author's file; one render writes the HTML with a slot for each such link.
/// </summary>
public sealed class BodyCompiler(MarkdownPipeline pipeline)
{
    // Each thread's renderer whose last compile finished, for its next document (making one costs more than a small body).
    // Per thread, not a shared bag: on 2 cores a shared bag's lock was contended whenever its holder lost its core.
    private readonly ThreadLocal<RenderState?> _idle = new();

    public CompiledBody Compile(MarkdownDocument document, int bodyFirstLine)
    {
        SourcePosition At(MarkdownObject node) => new(bodyFirstLine + node.Line - SetextShift(node), node.Column + 1);

        var links = new List<BodyLink>();
        var slots = new Dictionary<Inline, int>(ReferenceEqualityComparer.Instance);
        var headings = ImmutableArray.CreateBuilder<BodyHeading>();
        var images = ImmutableArray.CreateBuilder<BodyImage>();
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case HeadingBlock heading:
                    headings.Add(new BodyHeading(heading.Level, heading.TryGetAttributes()?.Id, HeadingText.Of(heading.Inline), At(heading)));
                    break;
                case WikiLinkInline wiki:
                    slots[wiki] = links.Count;
                    links.Add(new BodyLink(BodyLinkKind.Wiki, wiki.Target, wiki.Anchor, wiki.Label, At(wiki)));
                    break;
                case LinkInline { IsImage: true } image when !image.Any(child => child is LiteralInline { Content.Length: > 0 }):
                    images.Add(new BodyImage(image.Url, At(image)));
                    break;
                case LinkInline { IsImage: false, Url: { } reference } link when reference.StartsWith(Shortcodes.ShortcodeExpander.RefScheme, StringComparison.Ordinal):
                    var (id, anchor) = RefTarget(reference);
                    slots[link] = links.Count;
                    links.Add(new BodyLink(BodyLinkKind.Ref, id, anchor, null, At(link)));
                    break;
                case LinkInline { IsImage: false, Url: { } url } link when FileLinkSyntax.Parse(url) is not null:
                    slots[link] = links.Count;
                    links.Add(new BodyLink(BodyLinkKind.File, url, null, null, At(link)));
                    break;
            }
        }

        // Taken out while in use, so a compile within this one (none today) would make its own.
        var state = _idle.Value ?? new RenderState(pipeline);
        _idle.Value = null;
        state.Slots = slots;
        state.Links = links;
        var html = state.Writer.Capture(state.Renderer, () => state.Renderer.Render(document));
        state.Slots = null!;
        state.Links = null!;
        _idle.Value = state;
        return new CompiledBody(html, [.. links], headings.ToImmutable(), images.ToImmutable());
    }

    /// <summary>The id and anchor of a <c>ref:</c> destination, its padding and escapes taken out.</summary>
    private static (string Id, string? Anchor) RefTarget(string url)
    {
        var target = Uri.UnescapeDataString(url[Shortcodes.ShortcodeExpander.RefScheme.Length..].Replace(Shortcodes.ShortcodeMarkers.Padding.ToString(), string.Empty, StringComparison.Ordinal));
        var hash = target.IndexOf('#', StringComparison.Ordinal);
        var id = hash < 0 ? target : target[..hash];
        id = id.EndsWith(".md", StringComparison.Ordinal) ? id[..^3] : id;
        return (id.Trim('/'), hash < 0 ? null : target[(hash + 1)..]);
    }

    /// <summary>
    /// How many lines too low Markdig places an inline of a setext heading: it numbers the
    /// heading's inlines from the underline, not from the heading's first line of text, so by
    /// the heading's number of lines (its line breaks and one).
    /// </summary>
    private static int SetextShift(MarkdownObject node)
    {
        if (node is not Inline inline)
        {
            return 0;
        }

        var root = inline;
        while (root.Parent is { } parent)
        {
            root = parent;
        }

        return root is ContainerInline { ParentBlock: HeadingBlock { IsSetext: true } } container
            ? container.Descendants<LineBreakInline>().Count() + 1
            : 0;
    }

    /// <summary>A Markdig renderer set up with the slot renderers, and what they need for the document being compiled; one per thread at a time.</summary>
    private sealed class RenderState
    {
        public RenderState(MarkdownPipeline pipeline)
        {
            Renderer = new HtmlRenderer(new StringWriter());
            pipeline.Setup(Renderer);
            Renderer.ObjectRenderers.Replace<LinkInlineRenderer>(new FileLinkSlotRenderer(this));
            Renderer.ObjectRenderers.Insert(0, new WikiLinkSlotRenderer(this));
            Renderer.ObjectRenderers.Replace<HeadingRenderer>(new AnchoredHeadingRenderer());
            Renderer.ObjectRenderers.Insert(0, new ShortcodeBlockSlotRenderer(this));
            Renderer.ObjectRenderers.Insert(0, new ShortcodeInlineSlotRenderer(this));
        }

        public HtmlRenderer Renderer { get; }

        public BodyHtmlWriter Writer { get; } = new();

        public Dictionary<Inline, int> Slots { get; set; } = null!;

        public List<BodyLink> Links { get; set; } = null!;
    }

    private sealed class ShortcodeBlockSlotRenderer(RenderState state) : HtmlObjectRenderer<Shortcodes.ShortcodeMarkerBlock>
    {
        protected override void Write(HtmlRenderer renderer, Shortcodes.ShortcodeMarkerBlock marker)
        {
            renderer.EnsureLine();
            state.Writer.Shortcode(marker.Kind, marker.Call);
            renderer.WriteLine();
        }
    }

    private sealed class ShortcodeInlineSlotRenderer(RenderState state) : HtmlObjectRenderer<Shortcodes.ShortcodeMarkerInline>
    {
        protected override void Write(HtmlRenderer renderer, Shortcodes.ShortcodeMarkerInline marker) => state.Writer.Shortcode(marker.Kind, marker.Call);
    }

    private sealed class WikiLinkSlotRenderer(RenderState state) : HtmlObjectRenderer<WikiLinkInline>
    {
        protected override void Write(HtmlRenderer renderer, WikiLinkInline link) => state.Writer.Slot(state.Slots[link]);
    }

    /// <summary>Markdig's link renderer for every link but those to source files, which become slots.</summary>
    private sealed class FileLinkSlotRenderer(RenderState state) : LinkInlineRenderer
    {
        protected override void Write(HtmlRenderer renderer, LinkInline link)
        {
            var (links, writer) = (state.Links, state.Writer);
            if (!state.Slots.TryGetValue(link, out var index))
            {
                base.Write(renderer, link);
                return;
            }

            links[index] = links[index] with
            {
                Fallback = writer.Capture(renderer, () => base.Write(renderer, link)),
                Content = writer.Capture(renderer, () => renderer.WriteChildren(link)),
                Attributes = writer.Capture(renderer, () => renderer.WriteAttributes(link)).Parts is [HtmlPart { Html: var attributes }] ? attributes : string.Empty,
                Title = link.Title,
            };
            writer.Slot(index);
        }
    }
}
