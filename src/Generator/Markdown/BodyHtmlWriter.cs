using System.Collections.Immutable;
using Markdig.Renderers;

namespace Generator.Markdown;

/// <summary>
/// Collects what a Markdig renderer writes as <see cref="BodyHtml"/> parts: text between slots,
/// and the slots. A capture renders a piece (a link's content, say) into parts of its own.
/// </summary>
internal sealed class BodyHtmlWriter
{
    private readonly Stack<(StringWriter Text, ImmutableArray<BodyPart>.Builder Parts)> _frames = new();

    // The text writer of each depth of capture, kept for the next body: a body's HTML is tens of
    // kilobytes, and a new writer would grow to that size again for every document.
    private readonly List<StringWriter> _writers = [];

    /// <summary>Everything <paramref name="render"/> writes through <paramref name="renderer"/>, as parts.</summary>
    public BodyHtml Capture(HtmlRenderer renderer, Action render)
    {
        var previous = renderer.Writer;
        if (_frames.Count == _writers.Count) _writers.Add(new StringWriter());
        var writer = _writers[_frames.Count];
        writer.GetStringBuilder().Clear();
        var frame = (Text: writer, Parts: ImmutableArray.CreateBuilder<BodyPart>());
        _frames.Push(frame);
        renderer.Writer = frame.Text;
        try
        {
            render();
            Flush(frame);
        }
        finally
        {
            _frames.Pop();
            renderer.Writer = previous;
        }

        return new BodyHtml(frame.Parts.ToImmutable());
    }

    public void Slot(int link) => Add(new LinkSlot(link));

    public void Shortcode(Shortcodes.ShortcodeMarkerKind kind, int call) => Add(new ShortcodeSlot(kind, call));

    private void Add(BodyPart slot)
    {
        var frame = _frames.Peek();
        Flush(frame);
        frame.Parts.Add(slot);
    }

    private static void Flush((StringWriter Text, ImmutableArray<BodyPart>.Builder Parts) frame)
    {
        var text = frame.Text.GetStringBuilder();
        if (text.Length > 0)
        {
            frame.Parts.Add(new HtmlPart(text.ToString()));
            text.Clear();
        }
    }
}
