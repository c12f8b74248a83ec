using System.Text;
using Generator.Publishing;
using Microsoft.AspNetCore.Http;

namespace Generator.Cli.Serve;

/// <summary>
/// Serves a file of the current snapshot: its content type, then the headers the build's
/// <c>_headers</c> file gives its path (which may replace both the content type and the
/// preview's <c>no-store</c>). HTML gets the live-reload script; a missing path gets its
/// language's 404 page; before any build has succeeded every path gets the not-built page.
/// </summary>
public static class StaticPages
{
    public static async Task ServeAsync(HttpContext context, SiteSnapshot? site, string path)
    {
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        if (site is null)
        {
            response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            await SendAsync(context, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(NotBuiltPage.Html));
            return;
        }

        if (site.Relative(path) is not { } relative)
        {
            // The site is published under a base path: the preview is too.
            response.StatusCode = path.Length == 0 ? StatusCodes.Status302Found : StatusCodes.Status404NotFound;
            response.Headers.Location = path.Length == 0 ? site.BasePath : null;
            await SendAsync(context, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes($"The site is under {site.BasePath}\n"));
            return;
        }

        var file = site.Find(relative);
        if (file is null)
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            file = site.Find(relative.Split('/')[0] + "/404.html") ?? site.Find("404.html");
        }

        var bytes = file is null ? null : await ReadAsync(file, context.RequestAborted);
        if (file is null || bytes is null)
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            await SendAsync(context, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes("404 Not Found\n"));
            return;
        }

        var type = ContentTypes.For(file.Path);
        foreach (var (name, value) in site.Headers.For("/" + path))
        {
            response.Headers[name] = value;
        }

        await SendAsync(context, type, type.StartsWith("text/html", StringComparison.Ordinal) ? WithLiveReload(bytes) : bytes);
    }

    /// <summary>Sends a body, or only its length to a HEAD request; a type set by a header rule stays.</summary>
    public static async Task SendAsync(HttpContext context, string contentType, byte[] body)
    {
        var response = context.Response;
        response.ContentType ??= contentType;
        response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(body, context.RequestAborted);
        }
    }

    /// <summary>The file's bytes: planned bytes, or the static file it is copied from (null if that is gone since the build).</summary>
    private static async Task<byte[]?> ReadAsync(PlannedOutput file, CancellationToken cancellationToken)
    {
        if (file.Bytes is { } bytes)
        {
            return bytes;
        }

        try
        {
            return await File.ReadAllBytesAsync(file.CopyFrom!, cancellationToken);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    private static byte[] WithLiveReload(byte[] page)
    {
        var html = Encoding.UTF8.GetString(page);
        var index = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return Encoding.UTF8.GetBytes(index < 0 ? html + LiveReloadScript.Tag : html[..index] + LiveReloadScript.Tag + html[index..]);
    }
}
