using Generator.Dates;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Generator.Rendering.Functions;

/// <summary>
/// <c>date_range page.date page.end_date</c>: the two dates as one range in the page language's
/// format, each part in its own <c>&lt;time datetime&gt;</c> ("9–10 April 2019" is
/// <c>&lt;time datetime="2019-04-09"&gt;9&lt;/time&gt;–&lt;time datetime="2019-04-10"&gt;10 April 2019&lt;/time&gt;</c>),
/// as precise as each was written (<see cref="DateRangeText"/>). Without an end, or with the
/// start's date again, the start alone; without a start, nothing.
/// </summary>
public sealed class DateRangeFunction() : TemplateFunction("date_range", 1, 2)
{
    protected override object Invoke(HtmlTemplateContext context, ScriptNode caller, ScriptArray arguments)
    {
        var language = context.Scope.Language;
        if (arguments[0] is not DateValue start)
        {
            return arguments[0] is null ? RawHtml.Empty : throw new ScriptRuntimeException(caller.Span, $"'date_range' expects a date, got '{context.Text(arguments[0])}'");
        }

        string Display(DateValue date) => date.Display(language.Culture, language.DateFormat, language.MonthFormat);
        if (Optional(arguments, 1) is not DateValue end || end.IsoDate == start.IsoDate)
        {
            return new RawHtml(Time(start, Display(start)));
        }

        var (first, dash, last) = DateRangeText.Split(Display(start), Display(end));
        return new RawHtml(Time(start, first) + dash + Time(end, last));
    }

    private static string Time(DateValue date, string text) =>
        $"<time datetime=\"{date.IsoDate}\">{HtmlText.Escape(text)}</time>";
}
