using Generator.Model;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Generator.Rendering.Functions;

/// <summary>
/// <c>section_pages 'news'</c>: a section's pages in the page's language, newest first, as list
/// entries (the home page's "latest news", say). <c>section_pages 'events' 'upcoming'</c> keeps
/// the dated pages that end today or later, soonest first; <c>'past'</c> the others, newest
/// first. An unknown section is an error.
/// </summary>
public sealed class SectionPagesFunction() : TemplateFunction("section_pages", 1, 2)
{
    protected override object Invoke(HtmlTemplateContext context, ScriptNode caller, ScriptArray arguments)
    {
        var section = context.Text(arguments[0]);
        var scope = context.Scope;
        if (scope.Model.Find(SiteKeys.Section(section), scope.Language.Code) is not { } list)
        {
            if (scope.Model.Config.Sections.ContainsKey(section))
            {
                return Array.Empty<object>();
            }

            throw new ScriptRuntimeException(caller.Span, $"section_pages: no section '{section}'");
        }

        var window = Optional(arguments, 1) is { } filter ? context.Text(filter) : null;
        var members = DateWindow.Apply(list.Members, window, scope.Today)
            ?? throw new ScriptRuntimeException(caller.Span, $"section_pages: unknown filter '{window}'; use 'upcoming' or 'past'");
        return members.Select(ViewBuilder.Item).ToArray();
    }
}
