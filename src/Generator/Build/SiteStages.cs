using System.Collections.Immutable;
using Generator.Configuration;
using Generator.Content;
using Generator.Diagnostics;
using Generator.IO;
using Generator.Linking;
using Generator.Model;
using Generator.Publishing;
using Generator.Publishing.Links;
using Generator.Publishing.Promises;
using Generator.Rendering;
using Generator.Validation;
using Markdig;

namespace Generator.Build;

/// <summary>
/// The stages of a build in their fixed order (<see cref="SiteStage"/>), one method each, every
/// one timed under its name and reporting into the run's diagnostics. <see cref="Run"/> runs them
/// in order through the stage asked for, and callers differ only in where they stop and what they
/// skip: <c>build</c> runs every stage, <c>check</c> and <c>serve</c> every stage but print and write,
/// <c>translations</c> through parse, <c>new</c> and <c>schema</c> through configure (the load
/// stage then reads site.yml alone). A session's fast rebuild (<see cref="LocalRebuild"/>) runs
/// some of the stages again over the last build's state. An instance is one run, on one thread of
/// control: it holds the run's clock, time, diagnostics and cancellation, never shared state.
/// </summary>
public sealed class SiteStages
{
    private readonly IFileSystem _fileSystem;
    private readonly BuildCache? _cache;
    private readonly MarkdownPipeline _pipeline;
    private readonly CancellationToken _cancellationToken;
    private readonly SiteWriter _writer;

    public SiteStages(IFileSystem fileSystem, IClock clock, BuildOptions options, CancellationToken cancellationToken = default)
        : this(fileSystem, clock, options, null, new StageClock(), new DiagnosticBag(), cancellationToken)
    {
    }

    internal SiteStages(IFileSystem fileSystem, IClock clock, BuildOptions options, BuildCache? cache, StageClock stageClock, DiagnosticBag diagnostics, CancellationToken cancellationToken)
        : this(fileSystem, clock.Now, options, cache, stageClock, diagnostics, Markdown.MarkdownPipelineFactory.Create(), cancellationToken)
    {
    }

    private SiteStages(
        IFileSystem fileSystem, DateTimeOffset now, BuildOptions options, BuildCache? cache, StageClock stageClock, DiagnosticBag diagnostics, MarkdownPipeline pipeline, CancellationToken cancellationToken)
    {
        _fileSystem = fileSystem;
        Now = now;
        Options = options;
        _cache = cache;
        Clock = stageClock;
        Diagnostics = diagnostics;
        _pipeline = pipeline;
        _cancellationToken = cancellationToken;
        _writer = new SiteWriter(fileSystem, options, stageClock, diagnostics, cancellationToken);
    }

    public BuildOptions Options { get; }

    /// <summary>The moment the run builds the site for (what is published by then), read once from the clock.</summary>
    public DateTimeOffset Now { get; }

    /// <summary>The day of <see cref="Now"/> (UTC), which pages are rendered for.</summary>
    public DateTimeOffset Today => Now.UtcDateTime.Date;

    internal StageClock Clock { get; }

    internal DiagnosticBag Diagnostics { get; }

    /// <summary>The same run's stages, reporting into other diagnostics (a fast rebuild's, which may give way to the full sequence).</summary>
    internal SiteStages WithDiagnostics(DiagnosticBag diagnostics) =>
        new(_fileSystem, Now, Options, _cache, Clock, diagnostics, _pipeline, _cancellationToken);

    /// <summary>
    /// Runs the stages in order through <paramref name="through"/>. Nothing after configure runs
    /// when site.yml cannot be read, and nothing is written when a stage reported an error.
    /// </summary>
    public SiteRun Run(SiteStage through) => Continue(Begin(through), through) with { Diagnostics = Diagnostics.ToImmutableSorted() };

    /// <summary>
    /// The first stages, load and configure. A run that writes first checks that the output
    /// folder may be written (before any other work); a run through configure reads site.yml alone.
    /// </summary>
    internal SiteRun Begin(SiteStage through)
    {
        if (through == SiteStage.Write && !_writer.CheckOutput())
        {
            return SiteRun.Empty;
        }

        var sources = Load(siteConfigOnly: through == SiteStage.Configure);
        return new SiteRun { Sources = sources, Config = through >= SiteStage.Configure ? Configure(sources) : null };
    }

    /// <summary>
    /// The stages after configure, from what <see cref="Begin"/> made, each run when
    /// <paramref name="through"/> reaches it; write only when no stage reported an error.
    /// </summary>
    internal SiteRun Continue(SiteRun run, SiteStage through)
    {
        if (run is not { Sources: { } sources, Config: { } config } || through < SiteStage.Parse)
        {
            return run;
        }

        var made = run with { Documents = Parse(sources.Content, config, sources.Shortcodes) };
        if (through >= SiteStage.Validate)
        {
            Validate(made.Documents, config);
        }

        if (through < SiteStage.Model)
        {
            return made;
        }

        var model = Model(config, made.Documents);
        var (promises, record) = through >= SiteStage.Urls ? Urls(sources, model) : (null, null);
        made = made with { Model = model, Promises = promises, UrlRecord = record };
        if (through < SiteStage.Link)
        {
            return made;
        }

        var (resolver, graph) = Link(model, promises!, record);
        var templates = through >= SiteStage.Templates ? Templates(sources) : null;
        var strings = through >= SiteStage.Strings ? Strings(sources, config) : null;
        made = made with { Resolver = resolver, Graph = graph, Templates = templates, Strings = strings };
        if (through < SiteStage.Render)
        {
            return made;
        }

        var assets = new AssetManifest(sources.Static, Path.Combine(Options.ThemeDirectory, "static"));
        var search = through == SiteStage.Write ? _writer.LocateSearch(config) : null;
        var browser = through == SiteStage.Write ? _writer.LocateBrowser(config) : null;
        var renderer = Renderer(templates!, strings!, assets, search is not null, browser is not null);
        var pages = Render(renderer, model, graph, model.Pages);
        var plan = through >= SiteStage.Plan ? Plan(model, graph, pages, sources, assets, strings!) : null;
        made = made with { Assets = assets, Search = search, Pages = pages, PagesRendered = renderer.PagesRendered, Plan = plan };
        if (through >= SiteStage.Links)
        {
            CheckLinks(config, plan!, sources, model, pages, browser is not null);
        }

        if (through < SiteStage.Write || Diagnostics.HasErrors)
        {
            return made;
        }

        // The print stage runs in every build that writes; without a browser (or PDFs) it has nothing to do.
        {
            plan = plan! with { Files = plan.Files.AddRange(Print(model, strings!, browser, plan)) };
            made = made with { Plan = plan };
            if (Diagnostics.HasErrors)
            {
                return made;
            }
        }

        var written = Write(plan!, search, out var partly);
        return made with { Written = written, OutputPartlyWritten = written is null && partly };
    }

    /// <summary>How the load stage reads the site's and the theme's folders.</summary>
    private SourceLoadOptions LoadOptions => new(Options.InputDirectory, Options.ThemeDirectory)
    {
        Parallelism = Options.Parallelism,
        Display = Options.Display,
        RecordFileName = UrlRecord.FileName,
    };

    /// <summary>The site's sources (with what could not be read reported), or site.yml alone.</summary>
    private SourceSet Load(bool siteConfigOnly)
    {
        var loader = new SourceLoader(_fileSystem);
        var sources = Clock.Time(SiteStage.Load, () => siteConfigOnly ? loader.LoadSiteConfig(LoadOptions) : loader.Load(LoadOptions, _cache, _cancellationToken));
        foreach (var problem in sources.Problems)
        {
            Diagnostics.Add(problem);
        }

        return sources;
    }

    /// <summary>The configuration, typed from site.yml as loaded; null (with errors) when it is missing, not UTF-8 or invalid.</summary>
    private SiteConfig? Configure(SourceSet sources) => Clock.Time(SiteStage.Configure, () => ReadConfig(sources));

    private SiteConfig? ReadConfig(SourceSet sources)
    {
        if (sources.SiteConfig is not { } file)
        {
            Diagnostics.Error(DiagnosticCodes.ConfigMissing, new SourceRef(Options.Display(Path.Combine(Options.InputDirectory, "site.yml"))),
                "site configuration not found", "create input/site.yml with the site's languages and base URL, or pass --input");
            return null;
        }

        var text = TextDecoder.Decode(file.Bytes);
        if (text is null)
        {
            Diagnostics.Error(DiagnosticCodes.InvalidEncoding, new SourceRef(file.DisplayPath), "file is not valid UTF-8", "save the file as UTF-8");
            return null;
        }

        return new SiteConfigLoader().Load(text, file.DisplayPath, Options.BaseUrl, Diagnostics, Options.BaseUrlOrigin);
    }

    /// <summary>The documents of <paramref name="files"/>, those laid out in ways not read yet left out (each reported).</summary>
    /// <param name="shortcodes">The shortcode templates, whose declarations the bodies' calls are checked against.</param>
    internal ImmutableArray<ParsedDocument> Parse(ImmutableArray<SourceFile> files, SiteConfig config, ImmutableArray<SourceFile> shortcodes) => Clock.Time(SiteStage.Parse, () =>
    {
        var declared = new ShortcodeSetReader().Read(shortcodes, Diagnostics);
        return new ContentLayoutCheck(config).Filter(new DocumentParser(_pipeline, _cache, declared).Parse(files, config, Diagnostics, Options.Parallelism, _cancellationToken), Diagnostics);
    });

    internal void Validate(ImmutableArray<ParsedDocument> documents, SiteConfig config) =>
        Clock.Time(SiteStage.Validate, () => new DocumentValidator().Validate(documents, config, Diagnostics, Options.Parallelism, _cancellationToken));

    private SiteModel Model(SiteConfig config, ImmutableArray<ParsedDocument> documents) =>
        Clock.Time(SiteStage.Model, () => new SiteModelBuilder(config, new PublicationFilter(Options.IncludeDrafts, Options.IncludeFuture, Now))
        {
            Git = config.Policy.GitHistory ? GitDates.Read(Options.InputDirectory, documents.Where(d => IsPolicy(config, d)), new SourceRef(config.File), Diagnostics, _cancellationToken) : GitDates.None,
        }.Build(documents, Diagnostics));

    /// <summary>A document of a type with a lifecycle.</summary>
    private static bool IsPolicy(SiteConfig config, ParsedDocument document) =>
        !document.Path.IsIndex && config.Model.Type(document.FrontMatter.Type ?? config.TypeOf(document.Path.Section))?.Lifecycle is not null;

    /// <summary>The record of published URLs, when the site keeps one, checked against the model.</summary>
    private (UrlPromiseCheck Promises, UrlRecord? Record) Urls(SourceSet sources, SiteModel model)
    {
        var promises = new UrlPromiseCheck(model, Now);
        return (promises, Clock.Time(SiteStage.Urls, () => CheckPromises(sources, promises)));
    }

    private UrlRecord? CheckPromises(SourceSet sources, UrlPromiseCheck promises)
    {
        if (sources.UrlRecord is not { } file)
        {
            return null;
        }

        var text = TextDecoder.Decode(file.Bytes!);
        if (text is null)
        {
            Diagnostics.Error(DiagnosticCodes.InvalidEncoding, new SourceRef(file.DisplayPath), "file is not valid UTF-8", "save the file as UTF-8");
            return null;
        }

        var record = UrlRecord.Parse(text);
        promises.Check(record, file.DisplayPath, Diagnostics);
        return record;
    }

    private (LinkResolver Resolver, LinkGraph Graph) Link(SiteModel model, UrlPromiseCheck promises, UrlRecord? record)
    {
        var resolver = new LinkResolver(model, record is null ? null : promises.FormerIds(record));
        return (resolver, Clock.Time(SiteStage.Link, () => resolver.Resolve(Diagnostics, Options.Parallelism, _cancellationToken)));
    }

    private TemplateSet Templates(SourceSet sources) => Clock.Time(SiteStage.Templates, () => new TemplateSetLoader().Load(sources.Layouts.Concat(sources.Shortcodes), Diagnostics));

    private UiStrings Strings(SourceSet sources, SiteConfig config) => Clock.Time(SiteStage.Strings, () => new UiStringsLoader().Load(sources.UiStrings, sources.SiteUiStrings, config,
        Options.Display(Path.Combine(Options.ThemeDirectory, "i18n")), Options.Display(Path.Combine(Options.InputDirectory, "i18n")), Diagnostics));

    /// <summary>The renderer of this run's pages, with the session's cache of rendered pages.</summary>
    internal SiteRenderer Renderer(TemplateSet templates, UiStrings strings, AssetManifest assets, bool searchAvailable, bool pdfAvailable = false) =>
        new(templates, strings, Options.Display(Path.Combine(Options.ThemeDirectory, "layouts")), Today, _cache, assets) { SearchAvailable = searchAvailable, PdfAvailable = pdfAvailable };

    /// <summary>Renders <paramref name="pages"/> of the model (all of them, or those an edit affects).</summary>
    internal ImmutableArray<RenderedPage> Render(SiteRenderer renderer, SiteModel model, LinkGraph graph, IReadOnlyList<PageEntry> pages) =>
        Clock.Time(SiteStage.Render, () => renderer.Render(model, graph, pages, Diagnostics, Options.Parallelism, _cancellationToken));

    private OutputPlan Plan(SiteModel model, LinkGraph graph, ImmutableArray<RenderedPage> pages, SourceSet sources, AssetManifest assets, UiStrings strings) =>
        Clock.Time(SiteStage.Plan, () => new OutputPlanner().Plan(model, graph, pages, sources.Static, assets, strings, Diagnostics));

    /// <summary>The PDFs of record of the planned pages, from the cache where printed before.</summary>
    private ImmutableArray<PlannedOutput> Print(SiteModel model, UiStrings strings, Publishing.Pdf.PdfBrowser? browser, OutputPlan plan) =>
        Clock.Time(SiteStage.Print, () => browser is null ? [] : new Publishing.Pdf.PdfRecordPrinter(model, strings, browser, Options.CacheFolder, Options.Parallelism).Print(plan, Diagnostics, _cancellationToken));

    /// <summary>Checks the local links of <paramref name="pages"/> against the plan; a link to a page of the model that failed to render is left to the render's error.</summary>
    /// <param name="printing">Whether the print stage follows: the PDFs of record it makes are linked to before they exist.</param>
    internal void CheckLinks(SiteConfig config, OutputPlan plan, SourceSet sources, SiteModel model, ImmutableArray<RenderedPage> pages, bool printing = false) =>
        Clock.Time(SiteStage.Links, () => new LinkChecker(config, plan, sources.Content, sources.Layouts)
        {
            Pages = model.Pages.Select(p => p.OutputPath(config.BasePath))
                .Concat(printing ? model.Pages.Select(p => PdfAddress.For(p, config)).OfType<string>().Select(url => OutputPaths.FromUrl(url, config.BasePath)) : [])
                .ToHashSet(StringComparer.Ordinal),
        }
            .Check(pages, Diagnostics, Options.Parallelism, _cancellationToken));

    /// <summary>Writes the site (and indexes it with <paramref name="search"/>); null, with an error, when it cannot.</summary>
    internal WriteResult? Write(OutputPlan plan, SearchIndexer? search, out bool partly) => _writer.Write(plan, search, out partly);
}
