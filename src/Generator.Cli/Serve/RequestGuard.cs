using Microsoft.AspNetCore.Http;

namespace Generator.Cli.Serve;

/// <summary>
/// What the preview answers at all: requests to a loopback host name (a page elsewhere that
/// points its own name at 127.0.0.1, DNS rebinding, is refused), with GET or HEAD, for a path
/// that stays inside the site. The path is read from the request line as sent, so a <c>..</c>
/// segment is refused even where the server would have resolved it, encoded or not.
/// </summary>
public static class RequestGuard
{
    public const string AllowedMethods = "GET, HEAD";

    /// <summary><c>localhost</c>, <c>127.0.0.1</c> or <c>[::1]</c>, with or without a port, in any case.</summary>
    public static bool IsLoopback(HostString host) =>
        host.HasValue && host.Host.ToLowerInvariant() is "localhost" or "127.0.0.1" or "[::1]";

    public static bool IsAllowed(string method) => HttpMethods.IsGet(method) || HttpMethods.IsHead(method);

    /// <summary>
    /// The site path a request target names (<c>/en/about/?x</c> gives <c>en/about/</c>), or false
    /// when the target is not a plain path: not starting with <c>/</c>, with an empty, <c>.</c>
    /// or <c>..</c> segment, or with a backslash, a colon (a drive) or a control character once
    /// percent-decoded.
    /// </summary>
    public static bool TrySitePath(string rawTarget, out string path)
    {
        path = string.Empty;
        var end = rawTarget.IndexOfAny(['?', '#']);
        var raw = end < 0 ? rawTarget : rawTarget[..end];
        if (!raw.StartsWith('/'))
        {
            return false;
        }

        var decoded = Uri.UnescapeDataString(raw)[1..];
        if (decoded.Any(c => c is '\\' or ':' || char.IsControl(c)))
        {
            return false;
        }

        var segments = decoded.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            if (segments[i] is "." or ".." || (segments[i].Length == 0 && i < segments.Length - 1))
            {
                return false;
            }
        }

        path = decoded;
        return true;
    }
}
