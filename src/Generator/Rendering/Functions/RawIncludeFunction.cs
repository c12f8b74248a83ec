using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Generator.Rendering.Functions;

/// <summary>
/// <c>include 'partials/header.html'</c>: Scriban's include, whose output is HTML made by a
/// template and so is not escaped a second time. As a statement (the usual case) the partial
/// is rendered straight into the page; as a value it is returned as <see cref="RawHtml"/>.
/// </summary>
public sealed class RawIncludeFunction : IScriptCustomFunction
{
    private readonly IncludeFunction _inner = new();

    public int RequiredParameterCount => _inner.RequiredParameterCount;

    public int ParameterCount => _inner.ParameterCount;

    public ScriptVarParamKind VarParamKind => _inner.VarParamKind;

    public Type ReturnType => typeof(RawHtml);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (context is HtmlTemplateContext html && callerContext is { Parent: ScriptExpressionStatement } && string.IsNullOrEmpty(context.CurrentIndent))
        {
            html.IncludeHere(callerContext, arguments);
            return null;
        }

        return new RawHtml(_inner.Invoke(context, callerContext!, arguments, blockStatement!) as string ?? string.Empty);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult<object?>(Invoke(context, callerContext, arguments, blockStatement));

    public ScriptParameterInfo GetParameterInfo(int index) => _inner.GetParameterInfo(index);
}
