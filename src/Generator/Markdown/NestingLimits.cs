namespace Generator.Markdown;

/// <summary>
/// How deep a body may nest. Markdig stops with an exception past 128 nested elements (and past
/// 10,240 markers open while a paragraph is read); these limits sit below, so the guards report
/// the place first, and nothing that walks the tree recursively goes deep.
/// </summary>
public static class NestingLimits
{
    /// <summary>Quotes, lists, emphasis and links nested in one another (a list level counts twice: the list and its item).</summary>
    public const int Depth = 100;

    /// <summary>Emphasis and link markers open at one point of a paragraph: Markdig nests what follows each one until the paragraph ends.</summary>
    public const int OpenMarkers = 10_000;
}
