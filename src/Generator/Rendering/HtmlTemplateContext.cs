using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Generator.Rendering;

/// <summary>
/// The render state of one thread: Scriban's context set up strictly (undefined variables and
/// members are errors, snake_case member names), HTML-escaping every value written except
/// <see cref="RawHtml"/>, and the <see cref="RenderScope"/> of the page being rendered, which
/// the custom functions read. A context renders one page after another, so what Scriban learns
/// about the view types (their member accessors) is learned once per thread, not once per page.
/// </summary>
public sealed class HtmlTemplateContext : TemplateContext, Markdown.Shortcodes.IShortcodeRenderer
{
    /// <summary>
    /// The iterations one page's loops may make together. Scriban's own <c>LoopLimit</c> counts one
    /// loop at a time and starts again after every inner loop, so a loop that never ends around an
    /// inner one would run forever; this budget stops it, at the loop, within about a second.
    /// </summary>
    public const int MaxLoopSteps = 250_000;

    private int _loopSteps;

    public HtmlTemplateContext(ScriptObject builtins, TemplateSet templates, RenderScope scope)
        : base(builtins, StringComparer.Ordinal)
    {
        Scope = scope;
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        EnableRelaxedTargetAccess = false;
        EnableRelaxedFunctionAccess = false;
        MemberRenamer = StandardMemberRenamer.Default;
        LoopLimit = MaxLoopSteps + 1; // the page's budget below stops first, with its own exception
        // Scriban's output budget counts from one top-level render to the next; a context renders
        // many pages, so it would run out part-way through a build and cut pages short.
        OutputLimit = 0;
        RecursiveLimit = 64;
        TemplateLoader = templates;
        CancellationToken = scope.CancellationToken;
        foreach (var (name, template) in templates.All)
        {
            CachedTemplates[name] = template;
        }
    }

    public RenderScope Scope { get; private set; }

    /// <summary>Where the page's own layout is rendered; the base layout writes it as <c>content</c>.</summary>
    public TemplateOutput Body { get; } = new();

    /// <summary>Where the whole page is rendered, through the base layout.</summary>
    public TemplateOutput Page { get; } = new();

    // Markdig's renderer over the current output, for the link slots of document bodies.
    private readonly TemplateOutputWriter _bodyWriter = new();
    private Markdig.Renderers.HtmlRenderer? _bodyRenderer;

    /// <summary>
    /// The errors the page's shortcodes raised: each is reported at its call and the page goes on
    /// rendering, so every failing call of a page is reported at once; a page with any is not written.
    /// </summary>
    public List<Diagnostics.Diagnostic> ShortcodeErrors { get; } = [];

    /// <summary>Makes the context render for another page (after the previous page's render completed).</summary>
    public void Enter(RenderScope scope)
    {
        ShortcodeErrors.Clear();
        Scope = scope;
        CancellationToken = scope.CancellationToken;
        _loopSteps = 0;
    }

    protected override bool OnStepLoop(ScriptLoopStatementBase loop)
    {
        if (++_loopSteps > MaxLoopSteps)
        {
            throw new LoopBudgetException(loop.Span, $"the loops of this page ran more than {MaxLoopSteps:N0} times: does this loop ever end?");
        }

        return base.OnStepLoop(loop);
    }

    /// <summary>A value as text, as Scriban would write it (empty for null).</summary>
    public string Text(object? value) => ObjectToString(value) ?? string.Empty;

    /// <summary>Renders <paramref name="template"/> into <paramref name="output"/> (appended to what it holds).</summary>
    public void RenderInto(Template template, TemplateOutput output)
    {
        PushOutput(output);
        try
        {
            Run(template);
        }
        finally
        {
            PopOutput();
        }
    }

    /// <summary>
    /// A shortcode call, rendered with its template (<c>shortcodes/{name}.html</c>) in the page's
    /// context: the template sees <c>shortcode.name</c>, <c>shortcode.params</c> (by name),
    /// <c>shortcode.inner</c> (the HTML of the text between its tags, or null) and
    /// <c>shortcode.position</c> (<c>file:line</c>), besides <c>page</c>, <c>site</c> and the functions.
    /// </summary>
    public string Render(string file, Markdown.Shortcodes.ShortcodeCall call, string? inner)
    {
        if ((TemplateLoader as TemplateSet)?.Get(ShortcodeTemplates.Prefix + call.Name + ".html") is not { } template)
        {
            return inner ?? string.Empty;
        }

        var parameters = new ScriptObject(StringComparer.Ordinal);
        foreach (var (name, value) in call.Arguments)
        {
            parameters.SetValue(name, value, readOnly: true);
        }

        var shortcode = new ScriptObject(StringComparer.Ordinal);
        shortcode.SetValue("name", call.Name, readOnly: true);
        shortcode.SetValue("params", parameters, readOnly: true);
        shortcode.SetValue("inner", inner is null ? null : new RawHtml(inner), readOnly: true);
        shortcode.SetValue("position", $"{file}:{call.Position.Line}", readOnly: true);
        var globals = new ScriptObject(StringComparer.Ordinal);
        globals.SetValue("shortcode", shortcode, readOnly: true);
        var output = new TemplateOutput();
        PushGlobal(globals);
        try
        {
            RenderInto(template, output);
        }
        catch (ScriptRuntimeException ex) when (ex is not LoopBudgetException)
        {
            // Reported at the call, where the author can mend it; the template's place goes in the hint.
            var at = new TextPosition(0, call.Position.Line - 1, call.Position.Column - 1);
            var code = ex is Functions.TemplateFunctionException own ? own.Code : Diagnostics.DiagnosticCodes.TemplateRuntime;
            var hint = (ex as Functions.TemplateFunctionException)?.Hint is { } given ? given + "; " : string.Empty;
            var error = TemplateDiagnostics.At(new SourceSpan(file, at, at), code, $"shortcode '{call.Name}': {ex.OriginalMessage}", file,
                hint + $"raised by {ex.Span.FileName}({ex.Span.Start.Line + 1},{ex.Span.Start.Column + 1})");
            if (!ShortcodeErrors.Contains(error))
            {
                ShortcodeErrors.Add(error);
            }

            return string.Empty;
        }
        finally
        {
            PopGlobal();
        }

        return output.ToString();
    }

    /// <summary>
    /// <c>include</c> as a statement: the partial is rendered straight into the current output, as
    /// Scriban's own include renders it (its arguments as <c>$</c>, <c>$1</c>…, named ones as
    /// local variables), without first making it a string.
    /// </summary>
    public void IncludeHere(ScriptNode caller, ScriptArray arguments)
    {
        if (arguments.Count == 0)
        {
            throw new ScriptRuntimeException(caller.Span, "Expecting at least the name of the template to include for the <include> function");
        }

        var path = GetTemplatePathFromName(ObjectToString(arguments[0]), caller);
        if (path is null)
        {
            return;
        }

        var template = GetOrCreateTemplate(path, caller);
        EnterRecursive(caller);
        var indent = CurrentIndent;
        CurrentIndent = null;
        var named = NamedArguments(caller);
        PushLocal();
        try
        {
            SetValue(ScriptVariable.Arguments, arguments, asReadOnly: true, force: true);
            foreach (var (name, value) in named)
            {
                SetValue(ScriptVariable.Create(name, ScriptVariableScope.Local), value, asReadOnly: false, force: true);
            }

            if (indent is not null)
            {
                ResetPreviousNewLine();
            }

            Run(template);
        }
        finally
        {
            PopLocal();
            CurrentIndent = indent;
            ExitRecursive(caller);
        }
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case RawHtml raw:
                Write(raw.Value);
                return this;
            case Markdown.BodyContent body when Output is TemplateOutput output && string.IsNullOrEmpty(CurrentIndent):
                WriteBody(output, body);
                return this;
            case Markdown.BodyContent body:
                Write(body.ValueWith(this));
                return this;
            case PageContent content when Output is TemplateOutput output && string.IsNullOrEmpty(CurrentIndent):
                WriteRaw(output, content.Output.Written);
                return this;
            case PageContent content:
                Write(content.ToString());
                return this;
            case string text when Output is TemplateOutput output && string.IsNullOrEmpty(CurrentIndent):
                WriteEscaped(output, text);
                return this;
            case string text:
                Write(HtmlText.Escape(text));
                return this;
            default:
                return Write(span, ObjectToString(textAsObject) ?? string.Empty);
        }
    }

    /// <summary>
    /// Appends HTML as it is. The last character goes through Scriban's own <c>Write</c>, which
    /// keeps its note of whether the output ends a line (for indented blocks) exact.
    /// </summary>
    private void WriteRaw(TemplateOutput output, ReadOnlySpan<char> html)
    {
        if (html.IsEmpty)
        {
            return;
        }

        output.Append(html[..^1]);
        Write(html[^1].ToString());
    }

    /// <summary>Writes a document's body straight into the output, the last character as <see cref="WriteRaw"/> does.</summary>
    private void WriteBody(TemplateOutput output, Markdown.BodyContent body)
    {
        if (body.Html.Parts is [Markdown.HtmlPart only])
        {
            WriteRaw(output, only.Html);
            return;
        }

        var start = output.Written.Length;
        _bodyWriter.Target = output;
        body.WriteTo(_bodyRenderer ??= new Markdig.Renderers.HtmlRenderer(_bodyWriter), this);
        if (output.Written.Length > start)
        {
            Write(output.RemoveLast().ToString());
        }
    }

    /// <summary>Appends text escaped, the last character (or its reference) through Scriban's <c>Write</c>, as <see cref="WriteRaw"/>.</summary>
    private void WriteEscaped(TemplateOutput output, string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        output.AppendEscaped(text.AsSpan(0, text.Length - 1));
        var last = text[^1];
        if (HtmlText.Special.Contains(last))
        {
            Write(HtmlText.EntityFor(last));
        }
        else
        {
            Write(text, text.Length - 1, 1);
        }
    }

    /// <summary>What <see cref="Template.Render(TemplateContext)"/> does, writing into the current output.</summary>
    private void Run(Template template)
    {
        if (template.SourceFilePath is { } file)
        {
            PushSourceFile(file);
        }

        try
        {
            if (template.Page is { } page && Evaluate(page) is { } result)
            {
                Write(page.Span, result);
            }
        }
        finally
        {
            if (template.SourceFilePath is not null)
            {
                PopSourceFile();
            }
        }
    }

    private List<(string Name, object? Value)> NamedArguments(ScriptNode caller)
    {
        var named = new List<(string, object?)>();
        if (caller is ScriptFunctionCall call)
        {
            foreach (var argument in call.Arguments)
            {
                if (argument is ScriptNamedArgument { Name.Name: { } name, Value: { } value })
                {
                    named.Add((name, value.Evaluate(this)));
                }
            }
        }

        return named;
    }
}

/// <summary>The page's layout, rendered, as the base layout's <c>content</c>: written as it is, without a copy as a string.</summary>
public sealed class PageContent(TemplateOutput output)
{
    public TemplateOutput Output { get; } = output;

    public override string ToString() => Output.ToString();
}
