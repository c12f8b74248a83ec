using System.Collections.Immutable;
using Generator.Configuration;
using Generator.Diagnostics;

namespace Generator.Content;

/// <summary>
/// Content laid out in ways the generator does not read: a file in a language folder whose name
/// says another language (<c>content/fr/x.nl.md</c>) and page bundles (a folder with an <c>index.md</c>, as Hugo lays them out).
/// Each is reported at the file it concerns, with how to lay it out instead, and left out of
/// the site, so that nothing else is built from a misreading of it.
/// </summary>
public sealed class ContentLayoutCheck(SiteConfig config)
{
    public ImmutableArray<ParsedDocument> Filter(ImmutableArray<ParsedDocument> documents, DiagnosticBag diagnostics)
    {
        var kept = ImmutableArray.CreateBuilder<ParsedDocument>(documents.Length);

        // A folder site.yml does not declare is a section with default settings: fine for a site that
        // declares none, a likely typo or rename (news to newz) for one that declares some.
        if (!config.Sections.IsEmpty)
        {
            foreach (var folder in documents.Where(d => d.Path.Section.Length > 0 && d.Path.TreePath.Contains('/') && !config.Sections.ContainsKey(d.Path.Section) && config.Model.Taxonomy(d.Path.Section) is null)
                .GroupBy(d => d.Path.Section, StringComparer.Ordinal))
            {
                var first = folder.OrderBy(d => d.File, StringComparer.Ordinal).First();
                var suggestion = DidYouMean.Suggest(folder.Key, config.Sections.Keys);
                diagnostics.Warning(DiagnosticCodes.UndeclaredSection, new SourceRef(first.File),
                    $"folder '{folder.Key}/' is not a section of {config.File}: its pages are published as a section with default settings (its folder name as URL segment and title)",
                    suggestion is not null ? $"did you mean '{suggestion}/'?" : $"declare it under 'sections:' in {config.File}, with its segments and titles per language");
            }
        }

        foreach (var document in documents)
        {
            if (document.Path is { LanguageFolder: { } language, ForeignSuffix: { } suffix })
            {
                diagnostics.Error(DiagnosticCodes.UnsupportedLayout, new SourceRef(document.File),
                    $"'{document.Path.RelativePath}' is in the language folder '{language}/' but its name says '{suffix}'",
                    $"a file in '{language}/' is in that language: drop '.{suffix}' from its name, or move it out of '{language}/' to {document.Path.TreePath}");
                continue;
            }

            var tree = document.Path.TreePath;
            if (document.Path.Name == "index" && tree.Contains('/'))
            {
                var folder = document.Path.RelativePath[..document.Path.RelativePath.LastIndexOf('/')];
                var file = document.Path.RelativePath[(folder.Length + 1)..];
                diagnostics.Error(DiagnosticCodes.UnsupportedLayout, new SourceRef(document.File),
                    $"'{folder}/' is a page bundle (a folder with an {file}), which is not read yet",
                    $"move the page to {folder}{file["index".Length..]} and its images and files under input/static/");
                continue;
            }

            kept.Add(document);
        }

        return kept.ToImmutable();
    }
}
