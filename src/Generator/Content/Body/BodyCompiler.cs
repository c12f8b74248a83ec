using System.Collections.Immutable;
using Generator.Diagnostics;
using Generator.Linking;
using Generator.Rendering.Markdown;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Generator.Content.Body;

/// <summary>
/// Turns a parsed body into a <see cref="CompiledBody"/>: one walk of the syntax tree collects
/// its links (wikilinks and links to source files), headings and images without text, each at
/// its place in the author's file; one render writes the HTML with a slot for each such link.
/// </summary>
public sealed class BodyCompiler(MarkdownPipeline pipeline)
{
    public CompiledBody Compile(MarkdownDocument document, int bodyFirstLine)
    {
        SourcePosition At(MarkdownObject node) => new(bodyFirstLine + node.Line, node.Column + 1);

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
                case LinkInline { IsImage: false, Url: { } url } link when FileLinkSyntax.Parse(url) is not null:
                    slots[link] = links.Count;
                    links.Add(new BodyLink(BodyLinkKind.File, url, null, null, At(link)));
                    break;
            }
        }

        var writer = new BodyHtmlWriter();
        var renderer = new HtmlRenderer(new StringWriter());
        pipeline.Setup(renderer);
        renderer.ObjectRenderers.Replace<LinkInlineRenderer>(new FileLinkSlotRenderer(slots, links, writer));
        renderer.ObjectRenderers.Insert(0, new WikiLinkSlotRenderer(slots, writer));
        renderer.ObjectRenderers.Replace<HeadingRenderer>(new AnchoredHeadingRenderer());
        var html = writer.Capture(renderer, () => renderer.Render(document));
        return new CompiledBody(html, [.. links], headings.ToImmutable(), images.ToImmutable());
    }

    private sealed class WikiLinkSlotRenderer(Dictionary<Inline, int> slots, BodyHtmlWriter writer) : HtmlObjectRenderer<WikiLinkInline>
    {
        protected override void Write(HtmlRenderer renderer, WikiLinkInline link) => writer.Slot(slots[link]);
    }

    /// <summary>Markdig's link renderer for every link but those to source files, which become slots.</summary>
    private sealed class FileLinkSlotRenderer(Dictionary<Inline, int> slots, List<BodyLink> links, BodyHtmlWriter writer) : LinkInlineRenderer
    {
        protected override void Write(HtmlRenderer renderer, LinkInline link)
        {
            if (!slots.TryGetValue(link, out var index))
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
