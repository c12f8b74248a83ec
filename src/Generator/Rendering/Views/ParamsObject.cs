using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Generator.Rendering.Views;

/// <summary>
/// A page's custom front matter values (<c>page.params</c>). Unlike the typed views, a key an
/// author did not set reads as null rather than failing, so templates can test
/// <c>if page.params.icon</c>.
/// </summary>
public sealed class ParamsObject : ScriptObject
{
    public ParamsObject()
        : base(0, autoImportStaticsFromThisType: false, StringComparer.Ordinal)
    {
    }

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        if (!base.TryGetValue(context, span, member, out value))
        {
            value = null;
        }

        return true;
    }
}
