using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;

namespace Generator.Cli.Serve;

/// <summary>
/// Answers every request of the preview. First what is refused: a host name that is not
/// loopback (403), a method other than GET and HEAD (405, with <c>Allow</c>), a request target
/// that is not a plain path inside the site (400). Then the live-reload script, its stylesheet
/// and its event stream under <c>/__serve/</c>, and any other path from the current snapshot,
/// whatever its name.
/// </summary>
public sealed class PreviewRequests(Func<SiteSnapshot?> site, LiveReloadHub hub)
{
    public async Task HandleAsync(HttpContext context)
    {
        var response = context.Response;
        if (!RequestGuard.IsLoopback(context.Request.Host))
        {
            await RefuseAsync(context, StatusCodes.Status403Forbidden, "serve answers only requests to localhost, 127.0.0.1 or [::1].");
            return;
        }

        if (!RequestGuard.IsAllowed(context.Request.Method))
        {
            response.Headers.Allow = RequestGuard.AllowedMethods;
            await RefuseAsync(context, StatusCodes.Status405MethodNotAllowed, "serve answers only GET and HEAD.");
            return;
        }

        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.Value ?? "/";
        if (!RequestGuard.TrySitePath(target, out var path))
        {
            await RefuseAsync(context, StatusCodes.Status400BadRequest, "not a path inside the site.");
            return;
        }

        switch ("/" + path)
        {
            case LiveReloadScript.Path:
                response.Headers.CacheControl = "no-store";
                await StaticPages.SendAsync(context, "text/javascript; charset=utf-8", Encoding.UTF8.GetBytes(LiveReloadScript.Source));
                break;
            case LiveReloadScript.StylePath:
                response.Headers.CacheControl = "no-store";
                await StaticPages.SendAsync(context, "text/css; charset=utf-8", Encoding.UTF8.GetBytes(OverlayStyle.Css));
                break;
            case LiveReloadScript.EventsPath:
                await StreamEventsAsync(context);
                break;
            default:
                await StaticPages.ServeAsync(context, site(), path);
                break;
        }
    }

    private static Task RefuseAsync(HttpContext context, int status, string reason)
    {
        context.Response.StatusCode = status;
        context.Response.Headers.CacheControl = "no-store";
        return StaticPages.SendAsync(context, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes($"{status} {ReasonPhrases.GetReasonPhrase(status)}: {reason}\n"));
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
