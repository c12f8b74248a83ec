using System.Collections.Immutable;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Generator.Rendering;

/// <summary>
/// The theme's layouts, each parsed once per build, by name relative to <c>theme/layouts/</c>
/// (<c>base.html</c>, <c>partials/header.html</c>). Also the loader that <c>include</c> uses.
/// Layouts that failed to parse are listed in <see cref="Broken"/>, so pages using them are not
/// reported a second time.
/// </summary>
public sealed class TemplateSet(ImmutableSortedDictionary<string, Template> templates, ImmutableHashSet<string> broken, ImmutableSortedDictionary<string, string> hashes) : ITemplateLoader
{
    /// <summary>Each layout's content hash, by name.</summary>
    public ImmutableSortedDictionary<string, string> Hashes { get; } = hashes;

    public ImmutableSortedDictionary<string, Template> All { get; } = templates;

    public ImmutableHashSet<string> Broken { get; } = broken;

    public bool Has(string name) => All.ContainsKey(name) || Broken.Contains(name);

    public Template? Get(string name) => All.GetValueOrDefault(name);

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var name = templateName.Replace('\\', '/').TrimStart('/');
        if (All.ContainsKey(name))
        {
            return name;
        }

        throw new ScriptRuntimeException(callerSpan, $"no template '{name}' in theme/layouts"
            + (Broken.Contains(name) ? " (it has syntax errors)" : string.Empty));
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new ScriptRuntimeException(callerSpan, $"template '{templatePath}' was not parsed with the theme");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
