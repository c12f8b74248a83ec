namespace Generator.Configuration.Schema;

/// <summary>
/// What a name from site.yml or the content folders reads as where no title is given: a feed,
/// a taxonomy, a section or a value shown without a UI string.
/// </summary>
public static class DisplayNames
{
    /// <summary>The text with its first letter in capitals: <c>news item</c> is <c>News item</c>.</summary>
    public static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>A name as words: <c>target-groups</c> is <c>Target groups</c>.</summary>
    public static string Readable(string name) => Capitalize(name.Replace('-', ' '));
}
