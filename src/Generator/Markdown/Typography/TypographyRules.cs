using System.Collections.Immutable;

namespace Generator.Markdown.Typography;

/// <summary>
/// The typography of one language: which quotation marks straight quotes become, and whether
/// French spacing applies. A straight apostrophe between letters always becomes ’ (U+2019).
/// </summary>
/// <param name="Name">What names these rules in a cache key: the culture or language they were chosen for, or <c>apostrophes</c>.</param>
/// <param name="DoubleQuotes">The marks a pair of straight double quotes becomes; null leaves them as typed.</param>
/// <param name="SingleQuotes">The marks a pair of straight single quotes becomes; null leaves them as typed (an apostrophe between letters still changes).</param>
/// <param name="FrenchSpacing">No-break spaces before <c>; : ! ?</c> and inside « », as <see cref="FrenchSpaces"/> describes.</param>
public sealed record TypographyRules(string Name, QuotePair? DoubleQuotes, QuotePair? SingleQuotes, bool FrenchSpacing)
{
    /// <summary>Only the apostrophe: for a language the table does not know.</summary>
    public static readonly TypographyRules ApostrophesOnly = new("apostrophes", null, null, false);

    /// <summary>
    /// Words that start with an apostrophe standing for left-out letters ('s-Hertogenbosch, 't,
    /// 'n): a straight quote before one is an apostrophe, not an opening quotation mark.
    /// </summary>
    public ImmutableArray<string> LeadingElisions { get; init; } = [];
}

/// <summary>An opening and a closing quotation mark.</summary>
public readonly record struct QuotePair(char Open, char Close);
