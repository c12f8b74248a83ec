namespace Generator.Markdown.Shortcodes;

/// <summary>Renders a shortcode call of a document's body for the page being rendered; the render stage provides it.</summary>
public interface IShortcodeRenderer
{
    /// <param name="inner">The HTML of the text between the call's tags, for the same reader; null for a call without inner text.</param>
    /// <param name="file">The body's file, where an error the template raises is reported.</param>
    string Render(string file, ShortcodeCall call, string? inner);
}
