using Scriban.Runtime;
using Scriban.Syntax;

namespace Generator.Rendering.Functions;

/// <summary>
/// <c>url '/css/site.css'</c>: a path from the site root, under the base URL's path. Absolute
/// URLs pass through; <c>url path true</c> gives an absolute URL.
/// </summary>
public sealed class UrlFunction() : TemplateFunction("url", 1, 2)
{
    protected override object Invoke(HtmlTemplateContext context, ScriptNode caller, ScriptArray arguments)
    {
        var path = context.Text(arguments[0]);
        var config = context.Scope.Model.Config;
        if (path.Contains("://", StringComparison.Ordinal) || path.StartsWith("mailto:", StringComparison.Ordinal))
        {
            return path;
        }

        var sitePath = path.StartsWith(config.BasePath, StringComparison.Ordinal) ? path : config.BasePath + path.TrimStart('/');
        var absolute = Optional(arguments, 1) is { } flag && context.ToBool(caller.Span, flag);
        return absolute ? config.Absolute(sitePath) : sitePath;
    }
}
