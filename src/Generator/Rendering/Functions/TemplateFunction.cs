using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Generator.Rendering.Functions;

/// <summary>
/// Base of the generator's template functions: they read the page being rendered from
/// <see cref="HtmlTemplateContext.Scope"/> and report misuse at the caller's position.
/// </summary>
public abstract class TemplateFunction(string name, int required, int maximum) : IScriptCustomFunction
{
    public string Name { get; } = name;

    public int RequiredParameterCount { get; } = required;

    public int ParameterCount { get; } = maximum;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(object);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count < RequiredParameterCount || arguments.Count > ParameterCount)
        {
            var expected = RequiredParameterCount == ParameterCount ? $"{ParameterCount}" : $"{RequiredParameterCount} to {ParameterCount}";
            throw new ScriptRuntimeException(callerContext?.Span ?? default, $"'{Name}' takes {expected} argument(s), got {arguments.Count}");
        }

        return Invoke((HtmlTemplateContext)context, callerContext!, arguments);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult<object?>(Invoke(context, callerContext, arguments, blockStatement));

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), "arg" + index);

    /// <summary>An optional argument, or null when it was not given (Scriban pads missing ones with null).</summary>
    protected static object? Optional(ScriptArray arguments, int index) => index < arguments.Count ? arguments[index] : null;

    protected abstract object Invoke(HtmlTemplateContext context, ScriptNode caller, ScriptArray arguments);
}
