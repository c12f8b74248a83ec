using System.Collections.Immutable;
using System.Globalization;

namespace Generator.Markdown.Typography;

/// <summary>
/// The typography of each language the generator knows, by culture name (for a region whose
/// habits differ, such as Swiss German) or by language code. Adding a language is one line
/// here. A language not in the table has its apostrophes made typographic and nothing else.
/// </summary>
public static class TypographyConventions
{
    private static readonly QuotePair English = new('\u201C', '\u201D');      // “ ”
    private static readonly QuotePair EnglishSingle = new('\u2018', '\u2019'); // ‘ ’
    private static readonly QuotePair German = new('\u201E', '\u201C');        // „ “
    private static readonly QuotePair GermanSingle = new('\u201A', '\u2018');  // ‚ ‘
    private static readonly QuotePair Guillemets = new('\u00AB', '\u00BB');    // « »
    private static readonly QuotePair SingleGuillemets = new('\u2039', '\u203A'); // ‹ ›

    private static readonly ImmutableDictionary<string, TypographyRules> Table = new TypographyRules[]
    {
        new("en", English, EnglishSingle, FrenchSpacing: false) { LeadingElisions = ["em", "n", "tis", "twas"] },
        // Dutch writes “…” and ‘…’ (the older „…” is rarer on the web); 's, 't, 'n and 'k are elisions.
        new("nl", English, EnglishSingle, FrenchSpacing: false) { LeadingElisions = ["s", "t", "n", "k"] },
        new("de", German, GermanSingle, FrenchSpacing: false),
        new("de-CH", Guillemets, SingleGuillemets, FrenchSpacing: false),
        // French quotes with guillemets only; a straight single quote is an apostrophe or left alone.
        new("fr", Guillemets, null, FrenchSpacing: true),
    }.ToImmutableDictionary(r => r.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>The rules for <paramref name="culture"/>: its own entry, else its language's, else apostrophes only.</summary>
    public static TypographyRules For(CultureInfo culture) =>
        Table.GetValueOrDefault(culture.Name) ?? Table.GetValueOrDefault(culture.TwoLetterISOLanguageName) ?? TypographyRules.ApostrophesOnly;

    /// <summary>The rules for a language of the site, or null when site.yml turns its typography off.</summary>
    public static TypographyRules? For(Configuration.LanguageConfig language) =>
        language.Typography ? For(language.Culture) : null;
}
