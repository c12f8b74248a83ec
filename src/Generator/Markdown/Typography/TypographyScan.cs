namespace Generator.Markdown.Typography;

/// <summary>
/// One block's text read once for <see cref="TextTypographer"/>: first the role of each straight
/// quote (opening, closing, apostrophe), from the characters around it and the quotes still open,
/// then what each editable character becomes. Only the characters at editable positions change.
/// </summary>
internal sealed class TypographyScan(TypographyRules rules, string text, bool[] editable)
{
    private const string OpeningContext = "([{\u2013\u2014\u00AB\u201C\u2018\u201E\u201A\u2039";
    private const string ClosingContext = ".,;:!?)]}\u2026\u00BB\u201D\u2019\u2013\u2014/-";
    private const string AfterHighPunctuation = ")]}\u00BB\u201D\u2019\"'.,;:!?\u2026";

    private readonly QuoteRole[] _roles = new QuoteRole[text.Length];

    private enum QuoteRole
    {
        None,
        Open,
        Close,
        Apostrophe,
    }

    /// <summary>For each position, what its character becomes (several characters, or none), or null when it stays.</summary>
    public string?[] Replacements()
    {
        ClassifyQuotes();
        var result = new string?[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            if (!editable[i])
            {
                continue;
            }

            result[i] = text[i] switch
            {
                '"' => DoubleQuote(i),
                '\'' => SingleQuote(i),
                '\u00AB' when rules.FrenchSpacing && SpaceAfterWanted(i) => "\u00AB" + FrenchSpaces.Word,
                '\u00BB' or ';' or ':' or '!' or '?' when rules.FrenchSpacing && IsSpacedMark(i) && SpaceBeforeWanted(i) => $"{FrenchSpaces.Before(text[i])}{text[i]}",
                _ => null,
            };
        }

        if (rules.FrenchSpacing)
        {
            ReplaceSpaceRuns(result);
        }

        return result;
    }

    private char Previous(int i) => i > 0 ? text[i - 1] : '\n';

    private char Next(int i) => i + 1 < text.Length ? text[i + 1] : '\n';

    private static bool OpensAfter(char c) => char.IsWhiteSpace(c) || OpeningContext.Contains(c);

    private static bool ClosesBefore(char c) => char.IsWhiteSpace(c) || ClosingContext.Contains(c);

    private void ClassifyQuotes()
    {
        var (doubleOpen, singleOpen) = (false, false);
        for (var i = 0; i < text.Length; i++)
        {
            if (!editable[i])
            {
                continue;
            }

            if (text[i] == '"' && rules.DoubleQuotes is not null)
            {
                var (before, after) = (OpensAfter(Previous(i)), ClosesBefore(Next(i)));
                _roles[i] = (before && !after) || (before == after && !doubleOpen) ? QuoteRole.Open : QuoteRole.Close;
                doubleOpen = _roles[i] == QuoteRole.Open;
            }
            else if (text[i] == '\'')
            {
                _roles[i] = SingleRole(i, ref singleOpen);
            }
        }
    }

    private QuoteRole SingleRole(int i, ref bool open)
    {
        var (previous, next) = (Previous(i), Next(i));
        if (char.IsLetterOrDigit(previous) && char.IsLetter(next))
        {
            return QuoteRole.Apostrophe;
        }

        if (rules.SingleQuotes is null)
        {
            return QuoteRole.None;
        }

        var (before, after) = (OpensAfter(previous), ClosesBefore(next));
        if (before && !after)
        {
            if (char.IsDigit(next) || StartsElision(i + 1))
            {
                return QuoteRole.Apostrophe; // ’90s, ’s-Hertogenbosch
            }

            open = true;
            return QuoteRole.Open;
        }

        if (before)
        {
            return QuoteRole.None; // alone between spaces: nothing says what it is
        }

        // After a word: the end of an open quotation, else an apostrophe (the students’).
        var closes = open;
        open = false;
        return closes ? QuoteRole.Close : QuoteRole.Apostrophe;
    }

    private bool StartsElision(int start) => rules.LeadingElisions.Any(word =>
        start + word.Length <= text.Length
        && string.Compare(text, start, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0
        && (start + word.Length == text.Length || !char.IsLetter(text[start + word.Length])));

    private string? DoubleQuote(int i)
    {
        if (rules.DoubleQuotes is not { } marks || _roles[i] == QuoteRole.None)
        {
            return null;
        }

        if (_roles[i] == QuoteRole.Open)
        {
            return rules.FrenchSpacing && SpaceAfterWanted(i) ? $"{marks.Open}{FrenchSpaces.Word}" : marks.Open.ToString();
        }

        return rules.FrenchSpacing && SpaceBeforeWanted(i) ? $"{FrenchSpaces.Word}{marks.Close}" : marks.Close.ToString();
    }

    private string? SingleQuote(int i) => (_roles[i], rules.SingleQuotes) switch
    {
        (QuoteRole.Apostrophe, _) => "\u2019",
        (QuoteRole.Open, { } marks) => marks.Open.ToString(),
        (QuoteRole.Close, { } marks) => marks.Close.ToString(),
        _ => null,
    };

    /// <summary>
    /// Whether the mark at <paramref name="i"/> is one French spacing applies to: a guillemet, or
    /// punctuation that ends a clause (a colon before a space or the end of the text; <c>; ! ?</c>
    /// before a space, the end or closing punctuation), not one inside a word, a time or a URL.
    /// </summary>
    private bool IsSpacedMark(int i)
    {
        var next = Next(i);
        return text[i] switch
        {
            '\u00BB' => true,
            '"' => _roles[i] == QuoteRole.Close,
            ':' => char.IsWhiteSpace(next),
            ';' or '!' or '?' => char.IsWhiteSpace(next) || AfterHighPunctuation.Contains(next),
            _ => false,
        };
    }

    /// <summary>
    /// Whether a space must be put before the mark at <paramref name="i"/>: not at the start of
    /// a line, not after any space (an ordinary one is replaced instead, a no-break one is already
    /// right), not after an opening bracket or quote, nor between two marks (<c>?!</c>).
    /// </summary>
    private bool SpaceBeforeWanted(int i)
    {
        var previous = Previous(i);
        if (char.IsWhiteSpace(previous) || OpeningContext.Contains(previous) || (i > 0 && _roles[i - 1] == QuoteRole.Open))
        {
            return false;
        }

        return !(";:!?".Contains(previous) && ";:!?".Contains(text[i]));
    }

    /// <summary>Whether a no-break space must be put after the opening guillemet at <paramref name="i"/>: not at the end of a line, nor before a space.</summary>
    private bool SpaceAfterWanted(int i)
    {
        var next = Next(i);
        return !char.IsWhiteSpace(next) && next != '\u00BB' && next != '"';
    }

    /// <summary>
    /// Makes each run of ordinary spaces between a word and a mark that wants a space before it,
    /// or after an opening guillemet, one no-break space of the right width: never two spaces,
    /// and none added where a line starts or ends.
    /// </summary>
    private void ReplaceSpaceRuns(string?[] result)
    {
        for (var start = 1; start < text.Length; start++)
        {
            if (!IsOrdinarySpace(text[start]) || IsOrdinarySpace(text[start - 1]) || text[start - 1] == '\n')
            {
                continue;
            }

            var end = start;
            while (end < text.Length && IsOrdinarySpace(text[end])) end++;
            if (end == text.Length || text[end] == '\n' || Enumerable.Range(start, end - start).Any(j => !editable[j]))
            {
                continue;
            }

            var wanted = WantedBefore(end) ?? (OpensQuotation(start - 1) ? FrenchSpaces.Word : null);
            if (wanted is { } space)
            {
                result[start] = space.ToString();
                for (var j = start + 1; j < end; j++) result[j] = string.Empty;
            }
        }
    }

    private char? WantedBefore(int mark) =>
        (editable[mark] || text[mark] == '\u00BB') && IsSpacedMark(mark) ? FrenchSpaces.Before(text[mark] == '"' ? '\u00BB' : text[mark]) : null;

    private bool OpensQuotation(int i) => text[i] == '\u00AB' || (text[i] == '"' && editable[i] && _roles[i] == QuoteRole.Open);

    private static bool IsOrdinarySpace(char c) => c is ' ' or '\t';
}
