using Scriban.Runtime;
using Scriban.Syntax;

namespace Generator.Rendering.Functions;

/// <summary><c>raw value</c>: marks trusted HTML (from the theme) so it is written without escaping.</summary>
public sealed class RawFunction() : TemplateFunction("raw", 1, 1)
{
    protected override object Invoke(HtmlTemplateContext context, ScriptNode caller, ScriptArray arguments) =>
        arguments[0] as RawHtml ?? new RawHtml(context.Text(arguments[0]));
}
