using System.Text;
using Microsoft.AspNetCore.Http;

namespace Generator.Cli.Serve;

/// <summary>
/// Answers every request of the preview: the live-reload script and its event stream under
/// <c>/__serve/</c>, and any other path from the current snapshot, whatever its name.
/// </summary>
public sealed class PreviewRequests(Func<SiteSnapshot?> site, LiveReloadHub hub)
{
    public async Task HandleAsync(HttpContext context)
    {
        var response = context.Response;
        var path = Uri.UnescapeDataString(context.Request.Path.Value ?? "/").TrimStart('/');
        switch ("/" + path)
        {
            case LiveReloadScript.Path:
                response.Headers.CacheControl = "no-store";
                await StaticPages.SendAsync(context, "text/javascript; charset=utf-8", Encoding.UTF8.GetBytes(LiveReloadScript.Source));
                break;
            case LiveReloadScript.EventsPath:
                await StreamEventsAsync(context);
                break;
            default:
                await StaticPages.ServeAsync(context, site(), path);
                break;
        }
    }

    /// <summary>Server-sent events: each rebuild's outcome, until the page goes or the server stops.</summary>
    private async Task StreamEventsAsync(HttpContext context)
    {
        var response = context.Response;
        response.Headers.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        if (HttpMethods.IsHead(context.Request.Method))
        {
            return;
        }

        var (id, events) = hub.Subscribe();
        try
        {
            await response.WriteAsync(": connected\n\n", context.RequestAborted);
            await response.Body.FlushAsync(context.RequestAborted);
            await foreach (var message in events.ReadAllAsync(context.RequestAborted))
            {
                await response.WriteAsync(message, context.RequestAborted);
                await response.Body.FlushAsync(context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            hub.Unsubscribe(id);
        }
    }
}
