namespace Generator.Markdown.Shortcodes;

/// <summary>
/// The characters that stand for a shortcode's tags in the text Markdig parses (private-use code
/// points): a call, the opening and the closing of one with inner text, each followed by the
/// call's number and an end mark, then padding to the tag's length so that every later
/// position in the text stays where the author wrote it.
/// </summary>
public static class ShortcodeMarkers
{
    public const char Call = '\uE000';
    public const char End = '\uE001';
    public const char Padding = '\uE002';
    public const char Open = '\uE003';
    public const char Close = '\uE004';

    public static bool IsStart(char c) => c is Call or Open or Close;

    /// <summary>Any of the markers: taken out of an author's text before shortcodes are marked, so no text can pose as one.</summary>
    public static bool IsMarker(char c) => c is >= Call and <= Close;
}

/// <summary>Which tag a marker stands for.</summary>
public enum ShortcodeMarkerKind
{
    Call,
    Open,
    Close,
}
