using System.Collections.Immutable;
using Generator.Content;
using Generator.Diagnostics;
using Generator.Linking;
using Generator.Model;
using Generator.Rendering.Functions;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Generator.Rendering;

/// <summary>
/// Stage 6: renders every page (each pager page of a list) through its layout and then
/// <c>base.html</c>, in parallel. Template errors become diagnostics at the template's file,
/// line and column; the output order does not depend on the thread count.
/// </summary>
public sealed class SiteRenderer(TemplateSet templates, UiStrings strings, string layoutsDisplayDirectory, DateTimeOffset today, IRenderedPageCache? cache = null, AssetManifest? assets = null)
{
    private int _rendered;

    /// <summary>Whether the build makes a search index; search pages say so.</summary>
    public bool SearchAvailable { get; init; }

    /// <summary>Whether this build prints PDFs of record: policy documents link to theirs.</summary>
    public bool PdfAvailable { get; init; }

    /// <summary>How many pages went through the templates (the rest came unchanged from the cache).</summary>
    public int PagesRendered => _rendered;

    private readonly ScriptObject _builtins = TemplateFunctions.CreateBuiltins();
    private readonly AssetManifest _assets = assets ?? AssetManifest.Empty;

    public ImmutableArray<RenderedPage> Render(SiteModel model, LinkGraph graph, DiagnosticBag diagnostics, int parallelism, CancellationToken cancellationToken) =>
        Render(model, graph, model.Pages, diagnostics, parallelism, cancellationToken);

    /// <summary>Renders some of the model's pages (those an edit affects), in the same way as a full render.</summary>
    public ImmutableArray<RenderedPage> Render(SiteModel model, LinkGraph graph, IReadOnlyList<PageEntry> pages, DiagnosticBag diagnostics, int parallelism, CancellationToken cancellationToken)
    {
        var views = new ViewBuilder(model, graph, new KnowledgeViews(model, graph, strings), strings, today) { SearchAvailable = SearchAvailable, PdfAvailable = PdfAvailable };
        var layouts = new LayoutResolver(templates, layoutsDisplayDirectory, model.Config.Model);
        if (templates.Get(LayoutResolver.Base) is null)
        {
            if (!templates.Has(LayoutResolver.Base))
            {
                diagnostics.Error(DiagnosticCodes.MissingLayout, new SourceRef(layoutsDisplayDirectory), "the theme has no base layout",
                    $"add {layoutsDisplayDirectory}/{LayoutResolver.Base}, the page shell that writes {{{{ content }}}}");
            }

            return [];
        }

        var jobs = pages
            .Select(page => (page, layout: layouts.Resolve(page, diagnostics)))
            .Where(job => job.layout is not null)
            .SelectMany(job => Enumerable.Range(1, ViewBuilder.PagerCount(job.page)).Select(n => (job.page, job.layout!, n)))
            .ToArray();
        var results = new RenderedPage?[jobs.Length];
        var fingerprint = cache is null ? null : new RenderFingerprint(model, templates, strings, today, _assets);
        // Each thread's context whose last page rendered without error, for its next page. Per thread,
        // not a shared bag: on 2 cores a shared bag's lock was contended whenever its holder lost its core.
        using var contexts = new ThreadLocal<HtmlTemplateContext?>();

        // A template that never ends stops every page at its loop budget: once one page has met it,
        // the others are not rendered, so the build fails in a moment rather than once per page.
        using var endless = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            Parallel.For(0, jobs.Length, new ParallelOptions { CancellationToken = endless.Token, MaxDegreeOfParallelism = parallelism },
                i => results[i] = RenderOne(contexts, model, views, fingerprint, jobs[i].page, jobs[i].Item2, jobs[i].n, diagnostics, endless, cancellationToken));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
        }

        return [.. results.OfType<RenderedPage>()];
    }

    private RenderedPage? RenderOne(ThreadLocal<HtmlTemplateContext?> contexts, SiteModel model, ViewBuilder views, RenderFingerprint? fingerprints, PageEntry page, string layout, int pagerNumber, DiagnosticBag diagnostics, CancellationTokenSource endless, CancellationToken cancellationToken)
    {
        // Parallel.For notices a cancelled token only now and then, and hands out more pages meanwhile.
        if (endless.IsCancellationRequested)
        {
            return null;
        }

        var siteView = views.Site(page);
        var pageView = views.Page(page, pagerNumber, ViewBuilder.PagerCount(page));
        var path = Model.OutputPaths.FromUrl(Model.UrlBuilder.Pager(page.Url, pagerNumber), model.Config.BasePath);
        var fingerprint = fingerprints?.Of(page, layout, siteView, pageView);
        if (fingerprint is not null && cache!.Find(path, fingerprint) is { } cached)
        {
            return new RenderedPage(path, cached, page.Language, OriginOf(page, layout)) { Claim = ClaimOf(page, model) };
        }

        Interlocked.Increment(ref _rendered);
        var scope = new RenderScope(model, strings, model.Config.Language(page.Language), page, today, endless.Token) { Assets = _assets };
        var context = contexts.Value ?? new HtmlTemplateContext(_builtins, templates, scope);
        contexts.Value = null;
        context.Enter(scope);
        var globals = new ScriptObject(StringComparer.Ordinal);
        globals.SetValue("site", siteView, readOnly: true);
        globals.SetValue("page", pageView, readOnly: true);
        context.PushGlobal(globals);
        var origin = OriginOf(page, layout);
        try
        {
            context.Body.Clear();
            context.RenderInto(templates.Get(layout)!, context.Body);
            globals.SetValue("content", new PageContent(context.Body), readOnly: true);
            context.Page.Clear();
            context.RenderInto(templates.Get(LayoutResolver.Base)!, context.Page);
            var bytes = context.Page.ToUtf8();
            var shortcodeErrors = context.ShortcodeErrors.ToArray();
            context.PopGlobal();
            contexts.Value = context;
            if (shortcodeErrors.Length > 0)
            {
                foreach (var error in shortcodeErrors) diagnostics.Add(error);
                return null;
            }

            if (fingerprint is not null)
            {
                cache!.Keep(path, fingerprint, bytes);
            }

            return new RenderedPage(path, bytes, page.Language, origin) { Claim = ClaimOf(page, model) };
        }
        catch (TemplateFunctionException ex)
        {
            diagnostics.Add(TemplateDiagnostics.At(ex.Span, ex.Code, ex.OriginalMessage, layout, ex.Hint));
        }
        catch (Exception ex) when (ex is not LoopBudgetException && endless.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // Another page met a template that never ends; this one is left unrendered.
        }
        catch (LoopBudgetException ex)
        {
            diagnostics.Add(TemplateDiagnostics.At(ex.Span, DiagnosticCodes.TemplateRuntime, ex.OriginalMessage, layout,
                "the first page to meet it stopped the build from rendering the others (which page is first depends on timing, so none is named)"));
            endless.Cancel();
        }
        catch (ScriptRuntimeException ex)
        {
            diagnostics.Add(TemplateDiagnostics.At(ex.Span, DiagnosticCodes.TemplateRuntime, ex.OriginalMessage, layout,
                $"while rendering {page.Url} from {origin.File}"));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            diagnostics.Error(DiagnosticCodes.TemplateRuntime, new SourceRef($"{layoutsDisplayDirectory}/{layout}"),
                $"rendering failed: {ex.Message}", $"while rendering {page.Url} from {origin.File}");
        }

        return null;
    }

    private SourceRef OriginOf(PageEntry page, string layout) =>
        page.Document is { } source
            ? source.FrontMatter.PositionOf(FrontMatterKeys.Slug, source.File)
            : new SourceRef($"{layoutsDisplayDirectory}/{layout}");

    /// <summary>What a page is, as messages about its address name it.</summary>
    private static string ClaimOf(PageEntry page, SiteModel model) => page switch
    {
        { Kind: PageKind.Document, IsFallback: true } => $"the '{page.Language}' fallback page of {page.Document!.File} (it has no '{page.Language}' translation)",
        { Kind: PageKind.Changes, Document: { } changed } => $"what version {page.Version!.Number} of {changed.File} changed",
        { Document: { } document } => document.File,
        { Kind: PageKind.Section } => $"the list page of section '{page.Section}' (its segment in {model.Config.File})",
        { Kind: PageKind.Home } => $"the '{page.Language}' home page",
        { Kind: PageKind.NotFound } => $"the '{page.Language}' 404 page",
        { Kind: PageKind.Map } => $"the '{page.Language}' knowledge map (its segment in {model.Config.File}: map.segments)",
        { Kind: PageKind.Consultations } => $"the '{page.Language}' consultations page (its segment in {model.Config.File}: consultations.segments)",
        { Kind: PageKind.Thanks } => $"the '{page.Language}' consultations' thank-you page (its segment in {model.Config.File}: consultations.thanks)",
        _ => $"the tag page {page.Url}",
    };
}
