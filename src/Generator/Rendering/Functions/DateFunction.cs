using Scriban.Runtime;
using Scriban.Syntax;

namespace Generator.Rendering.Functions;

/// <summary>
/// <c>date page.date</c>: the date in the page language's format and culture ("9 avril 2019");
/// <c>date page.date 'yyyy-MM-dd'</c> with an explicit .NET format. Empty for no date.
/// </summary>
public sealed class DateFunction() : TemplateFunction("date", 1, 2)
{
    protected override object Invoke(HtmlTemplateContext context, ScriptNode caller, ScriptArray arguments)
    {
        var language = context.Scope.Language;
        var format = Optional(arguments, 1) is { } explicitFormat ? context.Text(explicitFormat) : language.DateFormat;
        return arguments[0] switch
        {
            null => string.Empty,
            DateTimeOffset offset => offset.ToString(format, language.Culture),
            DateTime dateTime => dateTime.ToString(format, language.Culture),
            var other => throw new ScriptRuntimeException(caller.Span, $"'date' expects a date, got '{context.Text(other)}'"),
        };
    }
}
