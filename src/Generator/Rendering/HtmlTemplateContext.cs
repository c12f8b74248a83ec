using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Generator.Rendering;

/// <summary>
/// The per-render state of one page: Scriban's context set up strictly (undefined variables and
/// members are errors, snake_case member names), HTML-escaping every value written except
/// <see cref="RawHtml"/>, and the <see cref="RenderScope"/> that the custom functions read.
/// </summary>
public sealed class HtmlTemplateContext : TemplateContext
{
    public HtmlTemplateContext(ScriptObject builtins, TemplateSet templates, RenderScope scope)
        : base(builtins, StringComparer.Ordinal)
    {
        Scope = scope;
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        EnableRelaxedTargetAccess = false;
        EnableRelaxedFunctionAccess = false;
        MemberRenamer = StandardMemberRenamer.Default;
        LoopLimit = 0;
        RecursiveLimit = 64;
        TemplateLoader = templates;
        CancellationToken = scope.CancellationToken;
        foreach (var (name, template) in templates.All)
        {
            CachedTemplates[name] = template;
        }
    }

    public RenderScope Scope { get; }

    /// <summary>A value as text, as Scriban would write it (empty for null).</summary>
    public string Text(object? value) => ObjectToString(value) ?? string.Empty;

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case RawHtml raw:
                Write(raw.Value);
                return this;
            case string text:
                Write(HtmlText.Escape(text));
                return this;
            default:
                Write(HtmlText.Escape(ObjectToString(textAsObject) ?? string.Empty));
                return this;
        }
    }
}
