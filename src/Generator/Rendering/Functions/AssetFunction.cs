using Generator.Diagnostics;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Generator.Rendering.Functions;

/// <summary>
/// <c>asset '/css/site.css'</c>: the fingerprinted URL of a file in the theme's <c>static/</c>
/// folder (<c>/assets/css/site.1a2b3c4d5e.css</c>). Naming a file the theme does not have is an error.
/// </summary>
public sealed class AssetFunction() : TemplateFunction("asset", 1, 1)
{
    protected override object Invoke(HtmlTemplateContext context, ScriptNode caller, ScriptArray arguments)
    {
        var path = context.Text(arguments[0]);
        var config = context.Scope.Model.Config;
        if (context.Scope.Assets.Find(path) is { } published)
        {
            return config.BasePath + published;
        }

        throw new TemplateFunctionException(caller.Span, DiagnosticCodes.TemplateRuntime, $"the theme has no asset '{path}'",
            "asset names a file under theme/static/, such as '/css/site.css'; use url for the site's own files");
    }
}
