using Generator.Configuration.Schema;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Generator.Rendering.Functions;

/// <summary>
/// <c>label 'types' page.type</c>, <c>label 'status' item.status</c>: the UI string
/// <c>types.guideline</c> in the page's language when the site or theme has it, else a label the
/// site already declares (a type's <c>noun</c> in site.yml), else the value itself, capitalized.
/// Unlike <c>t</c> it never fails: a site with its own types and values builds with the theme
/// before it has written their labels.
/// </summary>
public sealed class LabelFunction() : TemplateFunction("label", 2, 2)
{
    protected override object Invoke(HtmlTemplateContext context, ScriptNode caller, ScriptArray arguments)
    {
        var group = context.Text(arguments[0]);
        var value = context.Text(arguments[1]);
        var scope = context.Scope;
        if (scope.Strings.TryGet(scope.Language.Code, group + "." + value, out var text))
        {
            return text;
        }

        var declared = group == "types" ? scope.Model.Config.Model.Type(value)?.Noun : null;
        return declared is not null ? DisplayNames.Capitalize(declared) : DisplayNames.Readable(value.Replace('_', ' '));
    }
}
