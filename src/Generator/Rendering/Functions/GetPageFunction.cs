using Generator.Rendering.Views;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Generator.Rendering.Functions;

/// <summary>
/// <c>get_page 'working-group'</c>: a content page by id as a link (title and URL in the page's
/// language where translated, else the original), or null when the site has no such page, so a
/// theme can link to a page only where it exists. Use <c>relref</c> where the page must exist.
/// </summary>
public sealed class GetPageFunction() : TemplateFunction("get_page", 1, 1)
{
    protected override object Invoke(HtmlTemplateContext context, ScriptNode caller, ScriptArray arguments)
    {
        var id = Linking.EntityIndex.Normalize(context.Text(arguments[0]));
        var scope = context.Scope;
        if ((scope.Model.LinkTarget(id, scope.Language.Code) ?? scope.Model.Find(id, scope.Language.Code)) is not { } page)
        {
            return null!;
        }

        return LinkView.For(page, scope.Language.Code);
    }
}
