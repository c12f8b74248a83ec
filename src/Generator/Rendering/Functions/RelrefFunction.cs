using Generator.Diagnostics;
using Generator.Model;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Generator.Rendering.Functions;

/// <summary>
/// <c>relref 'events/toulouse-2019'</c>: the URL of a content page in the page's language (its
/// translation, or its fallback page), by its path under <c>input/content</c> without language
/// suffix, or by translation key. Sections are named as <c>events/_index</c>.
/// </summary>
public sealed class RelrefFunction() : TemplateFunction("relref", 1, 1)
{
    protected override object Invoke(HtmlTemplateContext context, ScriptNode caller, ScriptArray arguments)
    {
        var reference = context.Text(arguments[0]).Trim().TrimStart('/');
        if (reference.EndsWith(".md", StringComparison.Ordinal))
        {
            reference = reference[..^3];
        }

        var scope = context.Scope;
        var page = scope.Model.Find(reference, scope.Language.Code)
            ?? scope.Model.Translations(reference).Values.OrderBy(p => p.Language, StringComparer.Ordinal).FirstOrDefault();
        if (page is null)
        {
            throw new TemplateFunctionException(caller.Span, DiagnosticCodes.TemplateRuntime, $"relref: no page '{reference}'",
                "name a page by its path under input/content without language suffix, e.g. 'events/toulouse-2019'");
        }

        return page.Url;
    }
}
