using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Generator.Diagnostics;
using Generator.Model;
using Generator.Rendering;

namespace Generator.Publishing.Pdf;

/// <summary>
/// The build's PDFs of record: prints each page <see cref="PdfRecordJobs"/> plans from the
/// planned output (its HTML, stylesheets and images served from memory), in parallel in one
/// Chromium, and returns them as more planned files. A PDF already printed from the same bytes
/// (the page, every stylesheet, the footer and metadata, the browser and this generator's
/// version) is taken from the cache folder instead; Chromium starts only when one is missing.
/// A page that cannot be printed is an error at its file.
/// </summary>
public sealed class PdfRecordPrinter(SiteModel model, UiStrings strings, PdfBrowser browser, string? cacheDirectory, int parallelism)
{
    private static readonly string GeneratorVersion = typeof(PdfRecordPrinter).Assembly.GetName().Version?.ToString() ?? "0";

    public ImmutableArray<PlannedOutput> Print(OutputPlan plan, DiagnosticBag diagnostics, CancellationToken cancellationToken) =>
        PrintAsync(plan, diagnostics, cancellationToken).GetAwaiter().GetResult();

    private async Task<ImmutableArray<PlannedOutput>> PrintAsync(OutputPlan plan, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var files = plan.Files.GroupBy(f => f.Path, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var jobs = new PdfRecordJobs(model, strings).For(path => Resource(files, path, plan.BasePath)).ToArray();
        if (jobs.Length == 0)
        {
            return [];
        }

        var styles = Hash(plan.Files.Where(f => f.Path.EndsWith(".css", StringComparison.Ordinal)).OrderBy(f => f.Path, StringComparer.Ordinal)
            .SelectMany(f => Encoding.UTF8.GetBytes(f.Path).Concat(Bytes(f) ?? [])).ToArray());
        var results = new PlannedOutput?[jobs.Length];
        PdfPrinter? printer = null;
        using var starting = new SemaphoreSlim(1, 1);
        try
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, jobs.Length), new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = cancellationToken },
                async (i, token) =>
                {
                    var planned = jobs[i];
                    if (!files.TryGetValue(planned.HtmlPath, out var html) || Bytes(html) is not { } page)
                    {
                        return;
                    }

                    var key = Key(page, styles, planned.Job);
                    var bytes = ReadCache(key);
                    if (bytes is null)
                    {
                        try
                        {
                            await starting.WaitAsync(token);
                            try
                            {
                                printer ??= await PdfPrinter.StartAsync(browser, parallelism, PdfPrinter.DefaultPageTimeout, token);
                            }
                            finally
                            {
                                starting.Release();
                            }

                            bytes = await printer.PrintAsync(planned.Job, token);
                            WriteCache(key, bytes);
                        }
                        catch (Exception e) when (e is PdfPrintException or IOException or InvalidOperationException or System.Net.WebSockets.WebSocketException)
                        {
                            diagnostics.Error(DiagnosticCodes.PdfFailed, new SourceRef(planned.Page.Document?.File ?? planned.HtmlPath),
                                $"the PDF of record {planned.PdfPath} could not be printed: {e.Message}",
                                "the page links to it; check that Chromium runs here (see the README's PDF section), or set 'pdf: false' in site.yml");
                            return;
                        }
                    }

                    results[i] = new PlannedOutput(planned.PdfPath, bytes, null, new SourceRef(planned.Page.Document?.File ?? planned.HtmlPath))
                    {
                        Claim = $"the PDF of record of {planned.Page.Document?.File ?? planned.HtmlPath}",
                    };
                });
        }
        finally
        {
            if (printer is not null)
            {
                await printer.DisposeAsync();
            }
        }

        return [.. results.OfType<PlannedOutput>()];
    }

    private static PdfResource? Resource(FrozenDictionary<string, PlannedOutput> files, string urlPath, string basePath)
    {
        foreach (var candidate in OutputPaths.Candidates(OutputPaths.FromUrl(urlPath, basePath).TrimStart('/')))
        {
            if (files.TryGetValue(candidate, out var file) && Bytes(file) is { } bytes)
            {
                return new PdfResource(bytes, ContentType(candidate));
            }
        }

        return null;
    }

    private static byte[]? Bytes(PlannedOutput file) =>
        file.Bytes ?? (file.CopyFrom is { } source && File.Exists(source) ? File.ReadAllBytes(source) : null);

    private static string ContentType(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".html" or ".htm" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" or ".mjs" => "text/javascript; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".webp" => "image/webp",
        ".gif" => "image/gif",
        ".avif" => "image/avif",
        ".ico" => "image/x-icon",
        ".woff2" => "font/woff2",
        ".woff" => "font/woff",
        ".json" => "application/json",
        _ => "application/octet-stream",
    };

    private string Key(byte[] page, string styles, PdfJob job) => Hash([.. Encoding.UTF8.GetBytes(string.Join("\n",
        "pdf-of-record-1", GeneratorVersion, browser.Executable, styles, job.PageUrl, job.Title, job.Author, job.Language, job.Subject,
        job.FooterText, job.PageLabel, job.Date?.ToString("O") ?? string.Empty) + "\n"), .. page]);

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private string? CachePath(string key) => cacheDirectory is null ? null : Path.Combine(cacheDirectory, "pdf", key + ".pdf");

    private byte[]? ReadCache(string key)
    {
        try
        {
            return CachePath(key) is { } path && File.Exists(path) && File.ReadAllBytes(path) is { Length: > 8 } bytes && bytes.AsSpan(0, 5).SequenceEqual("%PDF-"u8)
                ? bytes
                : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private void WriteCache(string key, byte[] bytes)
    {
        if (CachePath(key) is not { } path)
        {
            return;
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written only costs the next build a print.
        }
    }
}
