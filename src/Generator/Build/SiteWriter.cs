using Generator.Configuration;
using Generator.Diagnostics;
using Generator.IO;
using Generator.Publishing;

namespace Generator.Build;

/// <summary>
/// The write stage's work for <see cref="SiteStages"/>: the output folder refused before any
/// other work, Pagefind found, and the site written (then indexed). A folder that cannot be
/// written, or an index that cannot be made, is an error: the earlier output is then left as it was.
/// </summary>
internal sealed class SiteWriter(IFileSystem fileSystem, BuildOptions options, StageClock clock, DiagnosticBag diagnostics, CancellationToken cancellationToken)
{
    /// <summary>Whether the output folder may be the site's (an error says why not).</summary>
    public bool CheckOutput()
    {
        if (OutputFolder.Problem(options.OutputDirectory, options.InputDirectory, options.ThemeDirectory) is { } refused)
        {
            diagnostics.Error(DiagnosticCodes.OutputUnwritable, new SourceRef(options.Display(options.OutputDirectory)), refused,
                "write the site to a folder of its own, beside input/ and theme/, e.g. --output public");
            return false;
        }

        try
        {
            new OutputWriter(fileSystem).CheckWritable(options.OutputDirectory);
            return true;
        }
        catch (OutputRefusedException ex)
        {
            diagnostics.Error(DiagnosticCodes.OutputUnwritable, new SourceRef(options.Display(options.OutputDirectory)), ex.Message, ex.Hint);
            return false;
        }
    }

    /// <summary>Pagefind, when the site asks for search; a warning (once) when it cannot be found.</summary>
    public SearchIndexer? LocateSearch(SiteConfig config)
    {
        if (!config.Search)
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
    /// The Chromium that prints the PDFs of record, when site.yml asks for them and the build
    /// does not turn them off; without one the build warns once and pages omit the link.
    /// </summary>
    public Publishing.Pdf.PdfBrowser? LocateBrowser(SiteConfig config)
    {
        if (!config.Policy.Pdf || !options.PrintPdf || !config.Model.HasLifecycles)
        {
            return null;
        }

        string? missing = null;
        var browser = options.Browser switch
        {
            null => Publishing.Pdf.PdfBrowser.Locate(options.InputDirectory, out missing),
            "" => Fail("no browser was given", out missing),
            var path => File.Exists(path) ? new Publishing.Pdf.PdfBrowser(path) : Fail($"the browser '{path}' does not exist", out missing),
        };
        if (browser is not null && !browser.Runs(out var why))
        {
            (browser, missing) = (null, why);
        }

        if (browser is null)
        {
            diagnostics.Warning(DiagnosticCodes.PdfUnavailable, new SourceRef(options.Display(Path.Combine(options.InputDirectory, "site.yml"))),
                $"the site is built without its PDFs of record: {missing}", "pages omit the PDF link; install Chromium (or the npm packages) to print them");
        }

        return browser;

        static Publishing.Pdf.PdfBrowser? Fail(string why, out string? reason)
        {
            reason = why;
            return null;
        }
    }

    /// <summary>
    /// Writes the site (and its search index), and names the files in the folder that no build
    /// wrote; null, with an error, when the folder cannot be written or the index cannot be made.
    /// </summary>
    public WriteResult? Write(OutputPlan plan, SearchIndexer? search, out bool partly)
    {
        var output = new SourceRef(options.Display(options.OutputDirectory));
        partly = fileSystem.DirectoryExists(options.OutputDirectory);
        WriteResult written;
        try
        {
            written = clock.Time(SiteStage.Write, () => new OutputWriter(fileSystem).Write(plan, options.OutputDirectory, options.Parallelism, cancellationToken,
                search is null ? null : site => clock.Time("index", () => Index(search, site))));
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

        partly = false;
        if (written.Others.Count > 0)
        {
            var one = written.Others.Count == 1;
            diagnostics.Warning(DiagnosticCodes.OutputHasOtherFiles, output,
                $"{written.Others.Count} file{(one ? " in the output folder was" : "s in the output folder were")} not written by a build and {(one ? "is" : "are")} left as {(one ? "it is" : "they are")}: {string.Join(", ", written.Others.Take(3))}{(written.Others.Count > 3 ? ", …" : string.Empty)}",
                "they are published with the site; delete them unless they are meant to be");
        }

        return written;
    }

    /// <summary>
    /// The failure behind parallel writes: several threads may fail at once (a full disk fails
    /// them all), each with an I/O error; any other mix is left as it is.
    /// </summary>
    private static Exception Unwrap(Exception ex) =>
        ex is AggregateException aggregate && aggregate.Flatten().InnerExceptions is { Count: > 0 } inner
        && inner.All(e => e is IOException or UnauthorizedAccessException)
            ? inner[0]
            : ex;

    /// <summary>Makes the search index afresh in the written site (an earlier index is removed first).</summary>
    private void Index(SearchIndexer search, string site)
    {
        fileSystem.DeleteDirectory(Path.Combine(site, "pagefind"));
        if (search.Index(site, cancellationToken) is { } failure)
        {
            throw new SearchIndexException(failure);
        }
    }

    private sealed class SearchIndexException(string message) : Exception(message);
}
