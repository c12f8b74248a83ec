using System.Collections.Immutable;
using Generator.Diagnostics;

namespace Generator.Markdown;

/// <summary>
/// A document's body as the parse stage leaves it: its HTML, with a slot wherever a link to
/// another document goes (its URL depends on the reader's language, known only after linking),
/// and the facts later stages need: those links, the headings and the images without text.
/// Markdig's syntax tree is not kept: it is many times the size of the text, and every later
/// stage works from these facts.
/// </summary>
public sealed class CompiledBody(BodyHtml html, ImmutableArray<BodyLink> links, ImmutableArray<BodyHeading> headings, ImmutableArray<BodyImage> imagesWithoutText)
{
    public static readonly CompiledBody Empty = new(BodyHtml.Empty, [], [], []);

    public BodyHtml Html { get; } = html;

    /// <summary>Wikilinks and links to source files, in the order of the text; a <see cref="LinkSlot"/> names one by its index.</summary>
    public ImmutableArray<BodyLink> Links { get; } = links;

    /// <summary>Every heading, in the order of the text.</summary>
    public ImmutableArray<BodyHeading> Headings { get; } = headings;

    public ImmutableArray<BodyImage> ImagesWithoutText { get; } = imagesWithoutText;

    /// <summary>The shortcodes the text calls, in order; a <see cref="ShortcodeSlot"/> names one by its index.</summary>
    public ImmutableArray<Shortcodes.ShortcodeCall> Calls { get; init; } = [];

    /// <summary>The ids of the headings, as anchors can name them.</summary>
    public IEnumerable<string> HeadingIds => Headings.Select(h => h.Id).OfType<string>();
}

/// <summary>HTML in parts: text as it is, and slots for links.</summary>
public sealed class BodyHtml(ImmutableArray<BodyPart> parts)
{
    public static readonly BodyHtml Empty = new([]);

    public ImmutableArray<BodyPart> Parts { get; } = parts;

    public bool HasSlots => Parts.Any(p => p is LinkSlot or ShortcodeSlot);
}

public abstract record BodyPart;

/// <summary>HTML written as it is.</summary>
public sealed record HtmlPart(string Html) : BodyPart;

/// <summary>Where link <see cref="Link"/> of the body is written, for the reader's language.</summary>
public sealed record LinkSlot(int Link) : BodyPart;

/// <summary>Where shortcode call <see cref="Call"/> is written (a call without inner text), or where the inner text it wraps starts and ends.</summary>
public sealed record ShortcodeSlot(Shortcodes.ShortcodeMarkerKind Kind, int Call) : BodyPart;

public enum BodyLinkKind
{
    /// <summary><c>[[target#anchor|label]]</c>.</summary>
    Wiki,

    /// <summary>A Markdown link whose URL names a source file: <c>[text](../projects/values.md#anchor)</c>.</summary>
    File,

    /// <summary>A Markdown link to a page by its id through Hugo's <c>ref</c> or <c>relref</c>: <c>[text]({{&lt; ref "projects/values" &gt;}})</c>.</summary>
    Ref,
}

/// <summary>
/// A link in a body, at its place in the author's file. A wikilink has its target, anchor and
/// label; a file link has its URL as <see cref="Target"/>, and how to write it either way: as
/// Markdig writes it when it leads nowhere (<see cref="Fallback"/>), or around its
/// <see cref="Content"/> with its own attributes and title when it leads to a page.
/// </summary>
public sealed record BodyLink(BodyLinkKind Kind, string Target, string? Anchor, string? Label, SourcePosition Position)
{
    public BodyHtml Fallback { get; init; } = BodyHtml.Empty;

    public BodyHtml Content { get; init; } = BodyHtml.Empty;

    /// <summary>The link's generic attributes (<c>{.class #id}</c>), written as attributes are.</summary>
    public string Attributes { get; init; } = string.Empty;

    public string? Title { get; init; }
}

/// <summary>A heading: its level, its id (when it has one), its text and where it is.</summary>
public sealed record BodyHeading(int Level, string? Id, string Text, SourcePosition Position);

/// <summary>An image without alternative text.</summary>
public sealed record BodyImage(string? Url, SourcePosition Position);
