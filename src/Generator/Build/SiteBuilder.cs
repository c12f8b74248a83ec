using System.Collections.Immutable;
using Generator.Configuration;
using Generator.Content;
using Generator.Diagnostics;
using Generator.IO;
using Generator.Publishing.Promises;

namespace Generator.Build;

/// <summary>
/// Builds the site: every stage of <see cref="SiteStages"/> (<c>check</c> and <c>serve</c>: all
/// but write). Author mistakes are collected as diagnostics through every stage that can still
/// run; when any is an error, nothing is written and the previous output stays as it was. With a
/// session's <see cref="BuildCache"/>, an edit to document bodies alone takes the fast rebuild
/// (<see cref="LocalRebuild"/>) after configure, and the build's state is kept for the next one.
/// </summary>
public sealed class SiteBuilder(IFileSystem fileSystem, IClock clock)
{
    public BuildResult Build(BuildOptions options, CancellationToken cancellationToken = default) => Build(options, null, cancellationToken);

    /// <summary>A build that reuses what <paramref name="cache"/> kept from the previous one (a serve session's rebuilds).</summary>
    public BuildResult Build(BuildOptions options, BuildCache? cache, CancellationToken cancellationToken = default)
    {
        var stageClock = new StageClock();
        var diagnostics = new DiagnosticBag();
        try
        {
            return Build(new SiteStages(fileSystem, clock, options, cache, stageClock, diagnostics, cancellationToken), cache);
        }
        catch (Exception ex) when (!InternalError.IsCancellation(ex))
        {
            // A bug that no stage caught for a file of its own: reported, with the other diagnostics.
            diagnostics.Add(InternalError.While(StageName(stageClock.Current), options.Display(options.InputDirectory), ex));
            return Finish(diagnostics, stageClock, BuildStatistics.Empty);
        }
    }

    /// <summary>
    /// The first stages of a build, through parse (for commands that report on the content, such
    /// as <c>translations</c>). The configuration is null when site.yml has errors.
    /// </summary>
    public (SiteConfig? Config, ImmutableArray<ParsedDocument> Documents, ImmutableArray<Diagnostic> Diagnostics) Read(BuildOptions options, CancellationToken cancellationToken = default)
    {
        var run = new SiteStages(fileSystem, clock, options, cancellationToken).Run(SiteStage.Parse);
        return (run.Config, run.Documents, run.Diagnostics);
    }

    private static string StageName(string? stage) => stage switch
    {
        null => "building the site",
        "write" => "writing the output",
        _ => $"the {stage} stage",
    };

    private BuildResult Build(SiteStages stages, BuildCache? cache)
    {
        var options = stages.Options;
        var through = options.WriteOutput ? SiteStage.Write : SiteStage.Links;
        var run = stages.Begin(through);
        if (run.Config is null)
        {
            return Finish(stages, BuildStatistics.Empty);
        }

        if (cache?.Last is { } last && new LocalRebuild(last, cache).TryBuild(run.Sources!, stages.WithDiagnostics(new DiagnosticBag())) is { } quick)
        {
            return quick;
        }

        // A new process's build whose sources and output are those of the last one has nothing to do.
        var unchanged = cache is null ? Persisted.UnchangedBuild.For(fileSystem, options) : null;
        if (unchanged is not null && stages.Clock.Time("cache", () => unchanged.TryReuse(run.Sources!, run.Config, stages.Now, stages.Diagnostics)) is { } reused)
        {
            return reused with { Statistics = reused.Statistics with { Elapsed = stages.Clock.Elapsed, Stages = stages.Clock.Stages } };
        }

        run = stages.Continue(run, through);
        var perLanguage = run.Pages.GroupBy(p => p.Language).ToImmutableSortedDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var statistics = new BuildStatistics(perLanguage, 0, TimeSpan.Zero, []) { PagesRendered = run.PagesRendered, OutputPartlyWritten = run.OutputPartlyWritten };
        if (stages.Diagnostics.HasErrors)
        {
            return Finish(stages, statistics);
        }

        var written = run.Written ?? new Publishing.WriteResult(0, 0);
        statistics = statistics with { FilesWritten = options.WriteOutput ? run.Plan!.Files.Length : 0, FilesChanged = written.Written, FilesDeleted = written.Deleted };
        if (options.RecordUrls)
        {
            RecordUrls(stages, run);
        }

        if (unchanged is not null && run.Written is not null)
        {
            // Its warnings (a cache folder that cannot be written) are this build's, not the record's.
            var found = stages.Diagnostics.ToImmutableSorted();
            stages.Clock.Time("cache", () => unchanged.Record(run, found, statistics, stages.Now, stages.Diagnostics));
        }

        var result = Finish(stages, statistics) with { Output = run.Plan };
        if (cache is not null)
        {
            // The rendered pages are kept in the plan, which a fast rebuild updates.
            cache.Last = new BuildState(options, stages.Today, run with { Pages = [] }, result.Diagnostics, result.Statistics);
        }

        return result;
    }

    /// <summary>Adds the pages' URLs to the site's record of published URLs (<c>--record-urls</c>).</summary>
    private void RecordUrls(SiteStages stages, SiteRun run)
    {
        var path = Path.Combine(stages.Options.InputDirectory, UrlRecord.FileName);
        try
        {
            fileSystem.WriteAllBytes(path, UrlRecord.Format((run.UrlRecord?.Entries.Select(e => (e.Url, e.Key)) ?? []).Concat(run.Promises!.Promised())));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stages.Diagnostics.Error(DiagnosticCodes.OutputUnwritable, new SourceRef(stages.Options.Display(path)), "the record of published URLs cannot be written: " + ex.Message,
                "check that the file may be written, then build with --record-urls again");
        }
    }

    private static BuildResult Finish(SiteStages stages, BuildStatistics statistics) => Finish(stages.Diagnostics, stages.Clock, statistics);

    private static BuildResult Finish(DiagnosticBag diagnostics, StageClock clock, BuildStatistics statistics) =>
        new(diagnostics.ToImmutableSorted(), statistics with { Elapsed = clock.Elapsed, Stages = clock.Stages });
}
