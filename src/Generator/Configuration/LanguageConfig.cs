using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Generator.Configuration;

/// <summary>One language of the site: its code (also its URL prefix), culture, native name and date formats.</summary>
public sealed record LanguageConfig(
    string Code,
    string NativeName,
    CultureInfo Culture,
    string DateFormat,
    string Title)
{
    /// <summary>How a month written alone (<c>2019-06</c>) is shown: site.yml's <c>monthFormat</c>, else the culture's (June 2019, juin 2019, juni 2019).</summary>
    [AllowNull]
    public string MonthFormat
    {
        get => field ?? Culture.DateTimeFormat.YearMonthPattern;
        init;
    }

    /// <summary>
    /// Whether the generator applies the language's typography to bodies, titles and summaries
    /// (quotation marks, apostrophes, French spacing): site.yml's <c>typography</c> for the
    /// language, else the site's, else true.
    /// </summary>
    public bool Typography { get; init; } = true;
}
