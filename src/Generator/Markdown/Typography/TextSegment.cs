namespace Generator.Markdown.Typography;

/// <summary>
/// A piece of a block's text, in the order the block reads: the text of a literal, which
/// typography may change, or text it must leave alone but that the marks around it depend on
/// (a code span stands as one <see cref="Object"/>, a line break as <c>\n</c>).
/// </summary>
/// <param name="FirstFixed">The first character was escaped by the author (<c>\"</c>): it stays as typed.</param>
public readonly record struct TextSegment(string Text, bool Editable, bool FirstFixed = false)
{
    /// <summary>Something that is not text but reads as a word: a code span, an autolink, an image, an HTML tag.</summary>
    public static readonly TextSegment Object = new("\uFFFC", Editable: false);

    /// <summary>A line break: what follows it starts a line.</summary>
    public static readonly TextSegment LineBreak = new("\n", Editable: false);
}
