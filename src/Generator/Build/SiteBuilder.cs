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

namespace Generator.Build;

/// <summary>
/// Runs the stages in their fixed order: configuration, sources, parse, model, render, plan,
/// write. Author mistakes are collected as diagnostics through every stage that can still run;
/// when any is an error, nothing is written and the previous output stays as it was.
/// </summary>
public sealed class SiteBuilder(IFileSystem fileSystem, IClock clock)
{
    public BuildResult Build(BuildOptions options, CancellationToken cancellationToken = default) => Build(options, null, cancellationToken);

    /// <summary>A build that reuses what <paramref name="cache"/> kept from the previous one (a serve session's rebuilds).</summary>
    public BuildResult Build(BuildOptions options, BuildCache? cache, CancellationToken cancellationToken = default)
    {
        var clockwatch = new StageClock();
        var diagnostics = new DiagnosticBag();
        try
        {
            return Build(options, cache, clockwatch, diagnostics, cancellationToken);
        }
        catch (Exception ex) when (!InternalError.IsCancellation(ex))
        {
            // A bug that no stage caught for a file of its own: reported, with the other diagnostics.
            diagnostics.Add(InternalError.While(StageName(clockwatch.Current), options.Display(options.InputDirectory), ex));
            return Finish(diagnostics, clockwatch, BuildStatistics.Empty);
        }
    }

    private static string StageName(string? stage) => stage switch
    {
        null => "building the site",
        "write" => "writing the output",
        _ => $"the {stage} stage",
    };

    private BuildResult Build(BuildOptions options, BuildCache? cache, StageClock clockwatch, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        if (options.WriteOutput && OutputFolder.Problem(options.OutputDirectory, options.InputDirectory, options.ThemeDirectory) is { } refused)
        {
            diagnostics.Error(DiagnosticCodes.OutputUnwritable, new SourceRef(options.Display(options.OutputDirectory)), refused,
                "write the site to a folder of its own, beside input/ and theme/, e.g. --output public");
            return Finish(diagnostics, clockwatch, BuildStatistics.Empty);
        }

        try
        {
            if (options.WriteOutput)
            {
                new OutputWriter(fileSystem).CheckWritable(options.OutputDirectory);
            }
        }
        catch (OutputRefusedException ex)
        {
            diagnostics.Error(DiagnosticCodes.OutputUnwritable, new SourceRef(options.Display(options.OutputDirectory)), ex.Message, ex.Hint);
            return Finish(diagnostics, clockwatch, BuildStatistics.Empty);
        }

        var sources = clockwatch.Time("load", () => new SourceLoader(fileSystem).Load(LoadOptions(options), cache, cancellationToken));
        foreach (var problem in sources.Problems)
        {
            diagnostics.Add(problem);
        }

        var config = clockwatch.Time("configure", () => LoadConfig(sources, options, diagnostics));
        if (config is null)
        {
            return Finish(diagnostics, clockwatch, BuildStatistics.Empty);
        }

        var pipeline = Markdown.MarkdownPipelineFactory.Create();
        var today = clock.Now.UtcDateTime.Date;
        if (cache?.Last is { } last && new LocalRebuild(last, pipeline, cache, fileSystem).TryBuild(sources, options, today, clockwatch, cancellationToken) is { } quick)
        {
            return quick;
        }

        var documents = clockwatch.Time("parse", () => Parse(sources, config, pipeline, cache, options, diagnostics, cancellationToken));
        clockwatch.Time("validate", () => new DocumentValidator().Validate(documents, config, diagnostics, options.Parallelism, cancellationToken));
        var model = clockwatch.Time("model", () => new SiteModelBuilder(config, new PublicationFilter(options.IncludeDrafts, options.IncludeFuture, clock.Now)).Build(documents, diagnostics));
        var promises = new UrlPromiseCheck(model, clock.Now);
        var record = clockwatch.Time("urls", () => CheckPromises(sources, promises, diagnostics));
        var resolver = new LinkResolver(model, record is null ? null : promises.FormerIds(record));
        var graph = clockwatch.Time("link", () => resolver.Resolve(diagnostics, options.Parallelism, cancellationToken));
        var layoutsDirectory = options.Display(Path.Combine(options.ThemeDirectory, "layouts"));
        var templates = clockwatch.Time("templates", () => new TemplateSetLoader().Load(sources.Layouts, diagnostics));
        var strings = clockwatch.Time("strings", () => new UiStringsLoader().Load(sources.UiStrings, sources.SiteUiStrings, config,
            options.Display(Path.Combine(options.ThemeDirectory, "i18n")), options.Display(Path.Combine(options.InputDirectory, "i18n")), diagnostics));
        var assets = new AssetManifest(sources.Static, Path.Combine(options.ThemeDirectory, "static"));
        var search = LocateSearch(config, options, diagnostics);
        var renderer = new SiteRenderer(templates, strings, layoutsDirectory, today, cache, assets) { SearchAvailable = search is not null };
        var pages = clockwatch.Time("render", () => renderer.Render(model, graph, diagnostics, options.Parallelism, cancellationToken));
        var plan = clockwatch.Time("plan", () => new OutputPlanner().Plan(model, graph, pages, sources.Static, assets, strings, diagnostics));
        clockwatch.Time("links", () => new LinkChecker(config, plan, sources.Content, sources.Layouts) { Pages = model.Pages.Select(p => p.OutputPath(config.BasePath)).ToHashSet(StringComparer.Ordinal) }
            .Check(pages, diagnostics, options.Parallelism, cancellationToken));
        var perLanguage = pages.GroupBy(p => p.Language).ToImmutableSortedDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        if (diagnostics.HasErrors)
        {
            return Finish(diagnostics, clockwatch, new BuildStatistics(perLanguage, 0, TimeSpan.Zero, []) { PagesRendered = renderer.PagesRendered });
        }

        var partly = false;
        var written = options.WriteOutput ? Write(plan, options, search, clockwatch, diagnostics, out partly, cancellationToken) : new WriteResult(0, 0);
        if (written is null)
        {
            return Finish(diagnostics, clockwatch, new BuildStatistics(perLanguage, 0, TimeSpan.Zero, []) { PagesRendered = renderer.PagesRendered, OutputPartlyWritten = partly });
        }

        if (written.Others.Count > 0)
        {
            diagnostics.Warning(DiagnosticCodes.OutputHasOtherFiles, new SourceRef(options.Display(options.OutputDirectory)),
                $"{written.Others.Count} file{(written.Others.Count == 1 ? " in the output folder was" : "s in the output folder were")} not written by a build and {(written.Others.Count == 1 ? "is" : "are")} left as {(written.Others.Count == 1 ? "it is" : "they are")}: {string.Join(", ", written.Others.Take(3))}{(written.Others.Count > 3 ? ", …" : string.Empty)}",
                "they are published with the site; delete them unless they are meant to be");
        }

        var statistics = new BuildStatistics(perLanguage, options.WriteOutput ? plan.Files.Length : 0, TimeSpan.Zero, [])
        {
            PagesRendered = renderer.PagesRendered,
            FilesChanged = written.Written,
            FilesDeleted = written.Deleted,
        };
        if (options.RecordUrls)
        {
            var path = Path.Combine(options.InputDirectory, UrlRecord.FileName);
            try
            {
                fileSystem.WriteAllBytes(path, UrlRecord.Format((record?.Entries.Select(e => (e.Url, e.Key)) ?? []).Concat(promises.Promised())));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                diagnostics.Error(DiagnosticCodes.OutputUnwritable, new SourceRef(options.Display(path)), "the record of published URLs cannot be written: " + ex.Message,
                    "check that the file may be written, then build with --record-urls again");
            }
        }

        var result = Finish(diagnostics, clockwatch, statistics) with { Output = plan };
        if (cache is not null)
        {
            cache.Last = new BuildState(options, today, sources, config, documents, model, resolver, graph, templates, strings, assets, plan, result.Diagnostics, result.Statistics);
        }

        return result;
    }

    /// <summary>
    /// The first stages of a build, as <see cref="Build(BuildOptions, CancellationToken)"/> runs them:
    /// configuration, sources and parsed documents (for commands that report on the content, such as
    /// <c>translations</c>). The configuration is null when site.yml has errors.
    /// </summary>
    public (SiteConfig? Config, ImmutableArray<ParsedDocument> Documents, ImmutableArray<Diagnostic> Diagnostics) Read(BuildOptions options, CancellationToken cancellationToken = default)
    {
        var diagnostics = new DiagnosticBag();
        var sources = new SourceLoader(fileSystem).Load(LoadOptions(options), cancellationToken);
        foreach (var problem in sources.Problems)
        {
            diagnostics.Add(problem);
        }

        var config = LoadConfig(sources, options, diagnostics);
        var documents = config is null ? [] : Parse(sources, config, Markdown.MarkdownPipelineFactory.Create(), null, options, diagnostics, cancellationToken);
        return (config, documents, diagnostics.ToImmutableSorted());
    }

    private static SourceLoadOptions LoadOptions(BuildOptions options) => new(options.InputDirectory, options.ThemeDirectory)
    {
        Parallelism = options.Parallelism,
        Display = options.Display,
        RecordFileName = UrlRecord.FileName,
    };

    private static ImmutableArray<ParsedDocument> Parse(
        SourceSet sources, SiteConfig config, Markdig.MarkdownPipeline pipeline, BuildCache? cache, BuildOptions options, DiagnosticBag diagnostics, CancellationToken cancellationToken) =>
        new ContentLayoutCheck(config).Filter(new DocumentParser(pipeline, cache).Parse(sources.Content, config, diagnostics, options.Parallelism, cancellationToken), diagnostics);

    /// <summary>The record of published URLs, when the site keeps one, checked against the model.</summary>
    private static UrlRecord? CheckPromises(SourceSet sources, UrlPromiseCheck promises, DiagnosticBag diagnostics)
    {
        if (sources.UrlRecord is not { } file)
        {
            return null;
        }

        var text = TextDecoder.Decode(file.Bytes!);
        if (text is null)
        {
            diagnostics.Error(DiagnosticCodes.InvalidEncoding, new SourceRef(file.DisplayPath), "file is not valid UTF-8", "save the file as UTF-8");
            return null;
        }

        var record = UrlRecord.Parse(text);
        promises.Check(record, file.DisplayPath, diagnostics);
        return record;
    }

    /// <summary>Pagefind, when the site asks for search and the build writes; a warning (once) when it cannot be found.</summary>
    private static SearchIndexer? LocateSearch(SiteConfig config, BuildOptions options, DiagnosticBag diagnostics)
    {
        if (!config.Search || !options.WriteOutput)
        {
            return null;
        }

        var indexer = SearchIndexer.Locate(options.InputDirectory, out var missing);
        if (indexer is null)
        {
            diagnostics.Warning(DiagnosticCodes.SearchUnavailable, new SourceRef(options.Display(Path.Combine(options.InputDirectory, "site.yml"))),
                $"the site is built without its search index: {missing}", "the search pages say that search is unavailable; install Node.js and the npm packages to index the site");
        }

        return indexer;
    }

    /// <summary>
    /// Writes the site (and its search index); null, with an error, when the output folder cannot
    /// be written or the index cannot be made. The earlier output is then left as it was.
    /// </summary>
    private WriteResult? Write(OutputPlan plan, BuildOptions options, SearchIndexer? search, StageClock clockwatch, DiagnosticBag diagnostics, out bool partly, CancellationToken cancellationToken)
    {
        var output = new SourceRef(options.Display(options.OutputDirectory));
        partly = fileSystem.DirectoryExists(options.OutputDirectory);
        try
        {
            return clockwatch.Time("write", () => new OutputWriter(fileSystem).Write(plan, options.OutputDirectory, options.Parallelism, cancellationToken,
                search is null ? null : site => clockwatch.Time("index", () => Index(search, site, cancellationToken))));
        }
        catch (OutputRefusedException ex)
        {
            partly = false;
            diagnostics.Error(DiagnosticCodes.OutputUnwritable, output, ex.Message, ex.Hint);
            return null;
        }
        catch (SearchIndexException ex)
        {
            diagnostics.Error(DiagnosticCodes.SearchIndexFailed, output, "Pagefind failed to index the site: " + ex.Message,
                "run the build again, or set search: false in site.yml");
            return null;
        }
        catch (Exception ex) when (Unwrap(ex) is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.OutputUnwritable, output, "the output cannot be written: " + Unwrap(ex).Message,
                "check that the folder (and its parent) may be written and the disk has room, then build again; in a folder an earlier build wrote, part of the output may already be updated");
            return null;
        }
    }

    private static Exception Unwrap(Exception ex) => ex is AggregateException { InnerExceptions: [var inner] } ? Unwrap(inner) : ex;

    /// <summary>Makes the search index afresh in the written site (an earlier index is removed first).</summary>
    private void Index(SearchIndexer search, string site, CancellationToken cancellationToken)
    {
        fileSystem.DeleteDirectory(Path.Combine(site, "pagefind"));
        if (search.Index(site, cancellationToken) is { } failure)
        {
            throw new SearchIndexException(failure);
        }
    }

    private sealed class SearchIndexException(string message) : Exception(message);

    private static SiteConfig? LoadConfig(SourceSet sources, BuildOptions options, DiagnosticBag diagnostics)
    {
        if (sources.SiteConfig is not { } file)
        {
            diagnostics.Error(DiagnosticCodes.ConfigMissing, new SourceRef(options.Display(Path.Combine(options.InputDirectory, "site.yml"))),
                "site configuration not found", "create input/site.yml with the site's languages and base URL, or pass --input");
            return null;
        }

        var text = TextDecoder.Decode(file.Bytes);
        if (text is null)
        {
            diagnostics.Error(DiagnosticCodes.InvalidEncoding, new SourceRef(file.DisplayPath), "file is not valid UTF-8");
            return null;
        }

        return new SiteConfigLoader().Load(text, file.DisplayPath, options.BaseUrl, diagnostics, options.BaseUrlOrigin);
    }

    private static BuildResult Finish(DiagnosticBag diagnostics, StageClock clock, BuildStatistics statistics) =>
        new(diagnostics.ToImmutableSorted(), statistics with { Elapsed = clock.Elapsed, Stages = clock.Stages });
}
