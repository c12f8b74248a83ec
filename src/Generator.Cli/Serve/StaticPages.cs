using Generator.Publishing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;

namespace Generator.Cli.Serve;

/// <summary>
/// Serves the current snapshot of the built site. HTML gets the live-reload script; a missing
/// path gets the language's 404 page.
/// </summary>
public static class StaticPages
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static async Task ServeAsync(HttpContext context, SiteSnapshot site)
    {
        var path = Uri.UnescapeDataString(context.Request.Path.Value ?? "/").TrimStart('/');
        context.Response.Headers.CacheControl = "no-store";
        var file = site.Find(path);
        if (file is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            file = site.Find(path.Split('/')[0] + "/404.html") ?? site.Find("404.html");
            if (file is null)
            {
                await WriteHtml(context, "<!DOCTYPE html><html lang=\"en\"><title>Not built</title><body><p>The site has not been built yet.</p></body></html>");
                return;
            }
        }

        if (file.Path.EndsWith(".html", StringComparison.Ordinal))
        {
            await WriteHtml(context, file.Bytes is { } html ? System.Text.Encoding.UTF8.GetString(html) : await File.ReadAllTextAsync(file.CopyFrom!, context.RequestAborted));
            return;
        }

        context.Response.ContentType = ContentTypes.TryGetContentType(file.Path, out var type) ? type : "application/octet-stream";
        await Send(context, file);
    }

    private static async Task Send(HttpContext context, PlannedOutput file)
    {
        if (file.Bytes is { } bytes)
        {
            await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
            return;
        }

        await context.Response.SendFileAsync(file.CopyFrom!, context.RequestAborted);
    }

    private static Task WriteHtml(HttpContext context, string html)
    {
        var index = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        var injected = index < 0 ? html + LiveReloadScript.Tag : html[..index] + LiveReloadScript.Tag + html[index..];
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(injected, context.RequestAborted);
    }
}
