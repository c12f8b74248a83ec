using System.Text;
using Scriban.Runtime;

namespace Generator.Rendering;

/// <summary>
/// Where a template writes: one growable character buffer, reused from page to page by the
/// thread that renders them, so a page costs no intermediate strings. HTML escaping writes
/// straight into it, and a finished page leaves it once, as UTF-8 bytes.
/// </summary>
public sealed class TemplateOutput : IScriptOutput
{
    private char[] _buffer = new char[16 * 1024];
    private int _length;

    public ReadOnlySpan<char> Written => _buffer.AsSpan(0, _length);

    public void Clear() => _length = 0;

    public void Write(string text, int offset, int count) => Append(text.AsSpan(offset, count));

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    public void Append(ReadOnlySpan<char> text)
    {
        if (_length + text.Length > _buffer.Length)
        {
            Grow(text.Length);
        }

        text.CopyTo(_buffer.AsSpan(_length));
        _length += text.Length;
    }

    /// <summary>Takes back the last character written (there must be one).</summary>
    public char RemoveLast() => _buffer[--_length];

    /// <summary>Appends <paramref name="text"/> escaped for HTML element content and quoted attribute values.</summary>
    public void AppendEscaped(ReadOnlySpan<char> text)
    {
        while (true)
        {
            var index = text.IndexOfAny(HtmlText.Special);
            if (index < 0)
            {
                Append(text);
                return;
            }

            Append(text[..index]);
            Append(HtmlText.EntityFor(text[index]));
            text = text[(index + 1)..];
        }
    }

    /// <summary>The written text as UTF-8, in an array of exactly its size.</summary>
    public byte[] ToUtf8()
    {
        var bytes = new byte[Encoding.UTF8.GetByteCount(Written)];
        Encoding.UTF8.GetBytes(Written, bytes);
        return bytes;
    }

    public override string ToString() => new(Written);

    private void Grow(int needed)
    {
        var larger = new char[Math.Max(_buffer.Length * 2, _length + needed)];
        Written.CopyTo(larger);
        _buffer = larger;
    }
}
