using Microsoft.AspNetCore.StaticFiles;

namespace Generator.Cli.Serve;

/// <summary>
/// The content type of a built file, from its extension (<c>.css</c>, <c>.xml</c>, <c>.json</c>,
/// <c>.ics</c>, <c>.wasm</c>...), with <c>charset=utf-8</c> on text, as the build writes UTF-8.
/// A file of no known type is sent as bytes.
/// </summary>
public static class ContentTypes
{
    private static readonly FileExtensionContentTypeProvider Provider = new();

    public static string For(string path)
    {
        if (!Provider.TryGetContentType(path, out var type))
        {
            return "application/octet-stream";
        }

        return IsText(type) ? type + "; charset=utf-8" : type;
    }

    private static bool IsText(string type) =>
        type.StartsWith("text/", StringComparison.Ordinal)
        || type is "application/json" or "application/xml" or "application/javascript"
        || type.EndsWith("+xml", StringComparison.Ordinal)
        || type.EndsWith("+json", StringComparison.Ordinal);
}
