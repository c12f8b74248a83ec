using System.Collections.Immutable;
using Generator.Configuration;
using Generator.Content;
using Generator.Diagnostics;

namespace Generator.Validation;

/// <summary>
/// Checks each document beyond its syntax: keys that do not belong to its type, a <c>url</c> in
/// another language's folder or on a list page, an event that
/// ends before it starts, a summary still the placeholder <c>new</c> wrote, images without
/// alternative text and skipped heading levels. Runs in
/// every build and in <c>check</c>, in parallel.
/// </summary>
public sealed class DocumentValidator
{
    public int Validate(ImmutableArray<ParsedDocument> documents, SiteConfig config, DiagnosticBag diagnostics, int parallelism, CancellationToken cancellationToken)
    {
        Parallel.ForEach(documents, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken },
            document => InternalError.Guard(diagnostics, "checking", document.File, () => Validate(document, config, diagnostics)));
        return documents.Length;
    }

    /// <summary>
    /// A page's <c>url</c> lives in its own language's folder (a fallback page takes the same path
    /// in its language's); a list or term page's address comes from site.yml, not from it.
    /// </summary>
    /// <summary>Where a list page's address comes from: a top-level section's segments in site.yml, a sub-section's <c>slug</c>.</summary>
    private static string SectionAddress(ParsedDocument document) =>
        document.Path.Folder.Contains('/')
            ? "remove it; a sub-section's address is its parent section's followed by its 'slug' (else its folder's name)"
            : "remove it; a section's address is its 'segments' in site.yml";

    private static void PageUrl(ParsedDocument document, string url, SiteConfig config, DiagnosticBag diagnostics)
    {
        var where = document.FrontMatter.PositionOf(FrontMatterKeys.Url, document.File);
        if (document.Path.IsIndex || config.TypeOf(document.Path.Section) == Configuration.Schema.TaxonomyDefinition.TermType && document.Path.Section.Length > 0)
        {
            diagnostics.Warning(DiagnosticCodes.PageUrlMisplaced, where, $"'url' is not used on {(document.Path.IsIndex ? "a list page" : "a term page")}: its address comes from site.yml",
                document.Path.IsIndex ? SectionAddress(document) : "remove it; a term's address is its 'slug' in its taxonomy's segment");
            return;
        }

        if (PagePath.LanguageOf(url, config.HasLanguage) is { } language && language != document.Language)
        {
            var inside = PagePath.InLanguage(url, config.HasLanguage);
            diagnostics.Error(DiagnosticCodes.PageUrlMisplaced, where,
                $"'url' {url} is in the folder of '{language}', but this page is in '{document.Language}'",
                $"write it in this page's language, /{document.Language}/{inside}, or without a language, /{inside}; its translation sets its own 'url'");
        }
    }

    private static void Validate(ParsedDocument document, SiteConfig config, DiagnosticBag diagnostics)
    {
        var fm = document.FrontMatter;
        var model = config.Model;
        // An undeclared 'type' is reported where it is written (GEN065); the page is checked as its section's.
        var type = fm.Type is { } declared && (!model.Declared || model.Type(declared) is not null) ? declared : config.TypeOf(document.Path.Section);
        var own = model.TypeOrPlain(type);

        // A field or relation that site.yml declares for other types than this page's.
        foreach (var (key, where) in fm.Positions.OrderBy(p => p.Value.Position.Line).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            if (document.Path.IsIndex || own.Field(key) is not null || own.Relation(key) is not null || !(model.FieldNames.Contains(key) || model.RelationKeys.Contains(key)))
            {
                continue;
            }

            var types = model.Types.Where(t => t.Field(key) is not null || t.Relation(key) is not null).Select(t => t.Name);
            diagnostics.Warning(DiagnosticCodes.KeyNotForType, where, $"'{key}' is used by pages of type {string.Join(" or ", types)}, not '{type}'",
                "remove it, or set the right 'type'");
        }

        if (document.Path.IsIndex && document.Path.Folder.Length > 0 && !document.Path.Folder.Contains('/') && fm.Slug is not null)
        {
            diagnostics.Warning(DiagnosticCodes.PageUrlMisplaced, fm.PositionOf(FrontMatterKeys.Slug, document.File),
                "'slug' is not used on a section's list page: its address comes from site.yml", SectionAddress(document));
        }

        if (fm.Url is { } url)
        {
            PageUrl(document, url, config, diagnostics);
        }

        if (fm.Date is { } start && fm.EndDate is { } end && end.EndsBefore(start))
        {
            diagnostics.Error(DiagnosticCodes.EndBeforeStart, fm.PositionOf(FrontMatterKeys.EndDate, document.File),
                $"'endDate' {end} is before 'date' {start}", "swap them, or correct the year");
        }

        if (own.Lifecycle is { } lifecycle && !document.Path.IsIndex)
        {
            LifecycleValidator.Validate(document, lifecycle, diagnostics);
        }

        if (SummaryPlaceholder.Is(fm.Summary))
        {
            diagnostics.Warning(DiagnosticCodes.SummaryPlaceholder, fm.PositionOf(FrontMatterKeys.Summary, document.File),
                "the summary is still the placeholder 'new' wrote", "write one or two sentences: lists, search results and the description meta tag show them");
        }

        var previousLevel = 1; // the page title is the h1
        foreach (var heading in document.Body.Headings)
        {
            if (heading.Level > previousLevel + 1)
            {
                diagnostics.Warning(DiagnosticCodes.SkippedHeadingLevel, new SourceRef(document.File, heading.Position),
                    $"heading level {heading.Level} follows level {previousLevel}", $"use {new string('#', previousLevel + 1)} so screen-reader users can follow the outline");
            }

            previousLevel = heading.Level;
        }

        foreach (var image in document.Body.ImagesWithoutText)
        {
            diagnostics.Warning(DiagnosticCodes.ImageWithoutAlt, new SourceRef(document.File, image.Position),
                $"image '{image.Url}' has no alternative text", "describe the image between the brackets: ![what it shows](...)");
        }
    }
}
