using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;

namespace Generator.Publishing.Pdf;

/// <summary>
/// One job's tab: a fresh browser context and target whose every request is answered from the
/// job's resources (same origin) or refused (any other), then the page's load, its fonts, and
/// Page.printToPDF read back as a stream. <see cref="Stage"/> says what it was doing, for errors.
/// </summary>
internal sealed class PdfPageSession(CdpConnection connection, PdfJob job)
{
    private readonly Channel<(string Method, JsonElement Parameters)> _events = Channel.CreateUnbounded<(string, JsonElement)>(new() { SingleReader = true });
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _loads = new();
    private readonly TaskCompletionSource _broken = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Exception? _resourceFailure;
    private bool _pageMissing;

    public string Stage { get; private set; } = "opening a tab for";

    public async Task<byte[]> PrintAsync(CancellationToken cancellationToken)
    {
        var context = (await connection.SendAsync("Target.createBrowserContext", new { }, null, cancellationToken)).GetProperty("browserContextId").GetString()!;
        string? sessionId = null;
        Task? pump = null;
        try
        {
            var target = await connection.SendAsync("Target.createTarget", new { url = "about:blank", browserContextId = context }, null, cancellationToken);
            var attached = await connection.SendAsync("Target.attachToTarget", new { targetId = target.GetProperty("targetId").GetString(), flatten = true }, null, cancellationToken);
            sessionId = attached.GetProperty("sessionId").GetString()!;
            connection.Subscribe(sessionId, (method, parameters) => _events.Writer.TryWrite((method, parameters)));
            pump = PumpAsync(sessionId, cancellationToken);
            await connection.SendAsync("Fetch.enable", new { patterns = new[] { new { urlPattern = "*" } } }, sessionId, cancellationToken);
            await connection.SendAsync("Page.enable", new { }, sessionId, cancellationToken);
            await connection.SendAsync("Page.setLifecycleEventsEnabled", new { enabled = true }, sessionId, cancellationToken);

            Stage = "loading";
            var navigation = await connection.SendAsync("Page.navigate", new { url = job.PageUrl.AbsoluteUri }, sessionId, cancellationToken);
            if (navigation.TryGetProperty("errorText", out var error) && !_pageMissing)
            {
                throw new PdfPrintException($"Chromium could not load {job.PageUrl}: {error.GetString()}");
            }

            var loader = navigation.GetProperty("loaderId").GetString()!;
            await Task.WhenAny(Load(loader).Task, _broken.Task).Unwrap().WaitAsync(cancellationToken);
            if (_pageMissing)
            {
                throw new PdfPrintException($"the build has no page at {job.PageUrl.AbsolutePath} to print");
            }

            if (_resourceFailure is { } failure)
            {
                throw new PdfPrintException($"serving a file to Chromium for {job.PageUrl} failed: {failure.Message}", failure);
            }

            Stage = "waiting for the fonts of";
            await connection.SendAsync("Runtime.evaluate", new { expression = "document.fonts.ready.then(() => true)", awaitPromise = true }, sessionId, cancellationToken);

            Stage = "printing";
            var printed = await connection.SendAsync("Page.printToPDF", PrintParameters(), sessionId, cancellationToken);
            return await ReadStreamAsync(printed.GetProperty("stream").GetString()!, sessionId, cancellationToken);
        }
        finally
        {
            await CloseAsync(context, sessionId, pump);
        }
    }

    private object PrintParameters() => new
    {
        printBackground = true,
        preferCSSPageSize = true,
        paperWidth = 210 / 25.4,
        paperHeight = 297 / 25.4,
        marginTop = PdfFooterTemplate.Margin,
        marginLeft = PdfFooterTemplate.Margin,
        marginRight = PdfFooterTemplate.Margin,
        marginBottom = PdfFooterTemplate.BottomMargin,
        displayHeaderFooter = true,
        headerTemplate = PdfFooterTemplate.Header,
        footerTemplate = PdfFooterTemplate.Footer(job.FooterText, job.PageLabel),
        generateTaggedPDF = true,
        generateDocumentOutline = true,
        transferMode = "ReturnAsStream",
    };

    private async Task<byte[]> ReadStreamAsync(string handle, string sessionId, CancellationToken cancellationToken)
    {
        Stage = "reading the PDF of";
        using var pdf = new MemoryStream();
        while (true)
        {
            var chunk = await connection.SendAsync("IO.read", new { handle, size = 1 << 20 }, sessionId, cancellationToken);
            var data = chunk.GetProperty("data").GetString() ?? string.Empty;
            var bytes = chunk.TryGetProperty("base64Encoded", out var encoded) && encoded.GetBoolean() ? Convert.FromBase64String(data) : System.Text.Encoding.Latin1.GetBytes(data);
            pdf.Write(bytes);
            if (chunk.GetProperty("eof").GetBoolean())
            {
                break;
            }
        }

        await connection.SendAsync("IO.close", new { handle }, sessionId, cancellationToken);
        return pdf.ToArray();
    }

    /// <summary>Answers the tab's requests and notes its load, until the tab is closed.</summary>
    private async Task PumpAsync(string sessionId, CancellationToken cancellationToken)
    {
        await foreach (var (method, parameters) in _events.Reader.ReadAllAsync(CancellationToken.None))
        {
            switch (method)
            {
                case "Fetch.requestPaused":
                    await AnswerAsync(parameters, sessionId, cancellationToken);
                    break;
                case "Page.lifecycleEvent" when parameters.GetProperty("name").GetString() == "load":
                    Load(parameters.GetProperty("loaderId").GetString()!).TrySetResult();
                    break;
                case "Inspector.targetCrashed":
                    _broken.TrySetException(new PdfPrintException($"Chromium's tab crashed while {Stage} {job.PageUrl}"));
                    break;
                case CdpConnection.Closed:
                    _broken.TrySetException(new PdfPrintException($"Chromium went away while {Stage} {job.PageUrl}"));
                    break;
            }
        }
    }

    private async Task AnswerAsync(JsonElement paused, string sessionId, CancellationToken cancellationToken)
    {
        var requestId = paused.GetProperty("requestId").GetString();
        var url = new Uri(paused.GetProperty("request").GetProperty("url").GetString()!);
        object answer;
        string command;
        if (!SameOrigin(url))
        {
            (command, answer) = ("Fetch.failRequest", new { requestId, errorReason = "BlockedByClient" });
        }
        else
        {
            PdfResource? resource = null;
            try
            {
                resource = job.Resources(Uri.UnescapeDataString(url.AbsolutePath));
            }
            catch (Exception e)
            {
                _resourceFailure ??= e;
            }

            _pageMissing |= resource is null && url.AbsolutePath == job.PageUrl.AbsolutePath;
            var headers = new[] { new { name = "Content-Type", value = resource?.ContentType ?? "text/plain; charset=utf-8" } };
            (command, answer) = ("Fetch.fulfillRequest", new
            {
                requestId,
                responseCode = resource is null ? 404 : 200,
                responseHeaders = headers,
                body = Convert.ToBase64String(resource?.Content ?? []),
            });
        }

        try
        {
            await connection.SendAsync(command, answer, sessionId, cancellationToken);
        }
        catch (Exception e) when (e is PdfPrintException or OperationCanceledException)
        {
            // The tab closed or the job ended: whoever waits on the tab hears of it.
        }
    }

    /// <summary>The load of one navigation (its loader), whichever of the pump and the job asks first.</summary>
    private TaskCompletionSource Load(string loader) =>
        _loads.GetOrAdd(loader, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    private bool SameOrigin(Uri url) =>
        url.Scheme == job.PageUrl.Scheme && url.Port == job.PageUrl.Port && string.Equals(url.Host, job.PageUrl.Host, StringComparison.OrdinalIgnoreCase);

    private async Task CloseAsync(string context, string? sessionId, Task? pump)
    {
        // Closing gets its own short deadline: the job's token may already be cancelled.
        using var closing = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await connection.SendAsync("Target.disposeBrowserContext", new { browserContextId = context }, null, closing.Token);
        }
        catch (Exception e) when (e is PdfPrintException or OperationCanceledException)
        {
            // Chromium is gone or stuck: disposing the printer kills it.
        }

        if (sessionId is not null)
        {
            connection.Unsubscribe(sessionId);
        }

        _events.Writer.TryComplete();
        if (pump is not null)
        {
            await pump.WaitAsync(TimeSpan.FromSeconds(5), CancellationToken.None).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }
}
