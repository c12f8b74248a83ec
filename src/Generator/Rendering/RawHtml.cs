namespace Generator.Rendering;

/// <summary>
/// HTML that templates output as it is: rendered Markdown and included partials. Every other
/// value a template outputs is escaped.
/// </summary>
public sealed record RawHtml(string Value)
{
    public static readonly RawHtml Empty = new(string.Empty);

    public override string ToString() => Value;
}
