using Scriban.Parsing;
using Scriban.Syntax;

namespace Generator.Rendering.Functions;

/// <summary>A template function's error with its own diagnostic code and a hint.</summary>
public sealed class TemplateFunctionException(SourceSpan span, string code, string message, string? hint)
    : ScriptRuntimeException(span, message)
{
    public string Code { get; } = code;

    public string? Hint { get; } = hint;
}
