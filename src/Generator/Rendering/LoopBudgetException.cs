using Scriban.Parsing;
using Scriban.Syntax;

namespace Generator.Rendering;

/// <summary>A page's loops ran past their budget (<see cref="HtmlTemplateContext.MaxLoopSteps"/>): a loop that never ends.</summary>
public sealed class LoopBudgetException(SourceSpan span, string message) : ScriptRuntimeException(span, message);
