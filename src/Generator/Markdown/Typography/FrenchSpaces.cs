namespace Generator.Markdown.Typography;

/// <summary>
/// The spaces French typography puts before high punctuation and inside guillemets. The
/// convention is the Imprimerie nationale's (<i>Lexique des règles typographiques en usage à
/// l'Imprimerie nationale</i>), which is also the common practice of French web publishers: a
/// narrow no-break space (espace fine insécable, U+202F) before <c>; ! ?</c>, and a no-break
/// word space (espace mot insécable, U+00A0) before <c>:</c> and inside « ». The colon and the
/// guillemets take the wider space because they separate rather than end; both spaces keep the
/// mark from starting a line of its own when the text wraps.
/// </summary>
public static class FrenchSpaces
{
    /// <summary>Before <c>; ! ?</c>: U+202F NARROW NO-BREAK SPACE.</summary>
    public const char Narrow = '\u202F';

    /// <summary>Before <c>:</c>, after « and before »: U+00A0 NO-BREAK SPACE.</summary>
    public const char Word = '\u00A0';

    /// <summary>The space French typography wants before <paramref name="mark"/>, or null when it wants none.</summary>
    public static char? Before(char mark) => mark switch
    {
        ';' or '!' or '?' => Narrow,
        ':' or '»' => Word,
        _ => null,
    };
}
