using System.Globalization;
using Generator.Diagnostics;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Generator.Rendering.Functions;

/// <summary>
/// <c>t 'key'</c> (or <c>t 'key' arg1 arg2</c> for texts with <c>{0}</c> placeholders): the UI
/// string in the page's language, falling back to the default language.
/// </summary>
public sealed class TranslateFunction() : TemplateFunction("t", 1, 6)
{
    protected override object Invoke(HtmlTemplateContext context, ScriptNode caller, ScriptArray arguments)
    {
        var key = context.Text(arguments[0]);
        var scope = context.Scope;
        if (!scope.Strings.TryGet(scope.Language.Code, key, out var text))
        {
            throw new TemplateFunctionException(caller.Span, DiagnosticCodes.UiStringMissingInDefault,
                $"UI string '{key}' is not defined for the default language",
                $"add '{key}' to {scope.Strings.DefaultLanguageFile}");
        }

        var values = arguments.Skip(1).Where(a => a is not null).Select(a => (object?)context.Text(a)).ToArray();
        if (values.Length == 0)
        {
            return text;
        }

        return string.Format(scope.Language.Culture, text, values);
    }
}
