using Generator.Dates;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Generator.Rendering.Functions;

/// <summary>
/// <c>date page.date</c>: the date in the page language's format and culture, as precise as its
/// author wrote it ("9 avril 2019"; "juin 2019" for <c>2019-06</c>, with the language's
/// <c>monthFormat</c>; "2019" for <c>2019</c>). <c>date page.date 'iso'</c>: ISO 8601 as far as it
/// is known (<c>2019</c>, <c>2019-06</c>, <c>2019-06-20</c>), for <c>&lt;time datetime&gt;</c>.
/// <c>date page.date 'yyyy-MM-dd'</c>: an explicit .NET format, applied to the date's first
/// moment (1 January for a year written alone). Empty for no date.
/// </summary>
public sealed class DateFunction() : TemplateFunction("date", 1, 2)
{
    /// <summary>The format that writes a date for machines, at its precision.</summary>
    public const string Iso = "iso";

    protected override object Invoke(HtmlTemplateContext context, ScriptNode caller, ScriptArray arguments)
    {
        var language = context.Scope.Language;
        var format = Optional(arguments, 1) is { } explicitFormat ? context.Text(explicitFormat) : null;
        return arguments[0] switch
        {
            null => string.Empty,
            DateValue date when format is null => date.Display(language.Culture, language.DateFormat, language.MonthFormat),
            DateValue date when format == Iso => date.IsoDate,
            DateValue date => date.Start.ToString(format, language.Culture),
            DateTimeOffset offset => format == Iso ? new DateValue(offset, DatePrecision.Day).IsoDate : offset.ToString(format ?? language.DateFormat, language.Culture),
            DateTime dateTime => dateTime.ToString(format == Iso ? "yyyy-MM-dd" : format ?? language.DateFormat, format == Iso ? System.Globalization.CultureInfo.InvariantCulture : language.Culture),
            var other => throw new ScriptRuntimeException(caller.Span, $"'date' expects a date, got '{context.Text(other)}'"),
        };
    }
}
