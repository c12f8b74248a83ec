using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;

namespace Generator.Cli.Serve;

/// <summary>
/// Serves the built site from its folder, reading each file per request (the folder is swapped
/// by rebuilds). HTML gets the live-reload script; a missing path gets the language's 404 page.
/// </summary>
public static class StaticPages
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static async Task ServeAsync(HttpContext context, string output)
    {
        var path = Uri.UnescapeDataString(context.Request.Path.Value ?? "/").TrimStart('/');
        if (path.Contains("..", StringComparison.Ordinal))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var file = Path.Combine(output, path);
        if (Directory.Exists(file)) file = Path.Combine(file, "index.html");
        if (!File.Exists(file))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            var language = path.Split('/')[0];
            file = File.Exists(Path.Combine(output, language, "404.html")) ? Path.Combine(output, language, "404.html") : Path.Combine(output, "404.html");
            if (!File.Exists(file))
            {
                await WriteHtml(context, "<!DOCTYPE html><html lang=\"en\"><title>Not built</title><body><p>The site has not been built yet.</p></body></html>");
                return;
            }
        }

        context.Response.Headers.CacheControl = "no-store";
        if (file.EndsWith(".html", StringComparison.Ordinal))
        {
            await WriteHtml(context, await File.ReadAllTextAsync(file, context.RequestAborted));
            return;
        }

        context.Response.ContentType = ContentTypes.TryGetContentType(file, out var type) ? type : "application/octet-stream";
        await context.Response.SendFileAsync(file, context.RequestAborted);
    }

    private static Task WriteHtml(HttpContext context, string html)
    {
        var index = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        var injected = index < 0 ? html + LiveReloadScript.Tag : html[..index] + LiveReloadScript.Tag + html[index..];
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(injected, context.RequestAborted);
    }
}
