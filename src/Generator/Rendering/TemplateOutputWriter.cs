using System.Text;

namespace Generator.Rendering;

/// <summary>A <see cref="TextWriter"/> that appends to a <see cref="TemplateOutput"/>, for code that writes HTML to a writer (Markdig's renderer).</summary>
public sealed class TemplateOutputWriter : TextWriter
{
    public TemplateOutput Target { get; set; } = new();

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value) => Target.Append([value]);

    public override void Write(string? value) => Target.Append(value);

    public override void Write(ReadOnlySpan<char> buffer) => Target.Append(buffer);

    public override void Write(char[] buffer, int index, int count) => Target.Append(buffer.AsSpan(index, count));
}
