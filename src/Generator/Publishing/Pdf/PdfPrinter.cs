namespace Generator.Publishing.Pdf;

/// <summary>
/// Prints pages of the built site to PDFs of record with one headless Chromium, driven through
/// the Chrome DevTools Protocol: each job gets its own tab (several at once, up to the
/// parallelism given), every request of the page is served from the build's output and any
/// other origin is refused, so nothing reaches the network. The PDF is tagged, has bookmarks
/// from the headings, a footer on every page with the job's line and page number, and the job's
/// metadata (<see cref="PdfMetadataWriter"/> adds what Chromium leaves out). Failures are
/// <see cref="PdfPrintException"/>s with a one-line message; disposing kills Chromium and
/// deletes its profile.
/// </summary>
public sealed class PdfPrinter : IAsyncDisposable
{
    /// <summary>How long one page may take to load and print unless the caller says otherwise.</summary>
    public static readonly TimeSpan DefaultPageTimeout = TimeSpan.FromSeconds(30);

    private readonly ChromiumProcess _chromium;
    private readonly CdpConnection _connection;
    private readonly SemaphoreSlim _tabs;
    private readonly TimeSpan _pageTimeout;

    private PdfPrinter(ChromiumProcess chromium, CdpConnection connection, int parallelism, TimeSpan pageTimeout)
    {
        _chromium = chromium;
        _connection = connection;
        _tabs = new SemaphoreSlim(parallelism, parallelism);
        _pageTimeout = pageTimeout;
    }

    /// <summary>Chromium's process id, while the printer lives.</summary>
    public int ProcessId => _chromium.Id;

    /// <summary>Chromium's throwaway profile folder, deleted when the printer is disposed.</summary>
    public string ProfileDirectory => _chromium.Profile;

    /// <summary>Starts Chromium; at most <paramref name="parallelism"/> pages print at once, each within <paramref name="pageTimeout"/>.</summary>
    public static async Task<PdfPrinter> StartAsync(PdfBrowser browser, int parallelism, TimeSpan pageTimeout, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelism, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(pageTimeout, TimeSpan.Zero);
        var chromium = await ChromiumProcess.StartAsync(browser.Executable, TimeSpan.FromSeconds(30), cancellationToken);
        try
        {
            var connection = await CdpConnection.ConnectAsync(await chromium.Address, chromium.DescribeEnd, cancellationToken);
            return new PdfPrinter(chromium, connection, parallelism, pageTimeout);
        }
        catch (Exception e) when (e is not OperationCanceledException and not PdfPrintException)
        {
            chromium.Dispose();
            throw new PdfPrintException($"cannot connect to Chromium's DevTools endpoint: {e.Message}", e);
        }
        catch
        {
            chromium.Dispose();
            throw;
        }
    }

    /// <summary>Prints <paramref name="job"/>'s page and returns the PDF with the job's metadata.</summary>
    public async Task<byte[]> PrintAsync(PdfJob job, CancellationToken cancellationToken)
    {
        await _tabs.WaitAsync(cancellationToken);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(_pageTimeout);
        var session = new PdfPageSession(_connection, job);
        try
        {
            var pdf = await session.PrintAsync(deadline.Token);
            return PdfMetadataWriter.Write(pdf, job.Metadata);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new PdfPrintException($"timed out after {_pageTimeout.TotalSeconds:0.#} s {session.Stage} {job.PageUrl}", e);
        }
        finally
        {
            _tabs.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _connection.DisposeAsync();
        _chromium.Dispose();
        _tabs.Dispose();
    }
}
