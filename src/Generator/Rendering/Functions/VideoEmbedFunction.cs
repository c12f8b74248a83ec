using System.Text.RegularExpressions;
using Generator.Diagnostics;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Generator.Rendering.Functions;

/// <summary>
/// <c>video_embed 'https://youtu.be/ID'</c>: for a YouTube or Vimeo address (or a bare YouTube
/// id), the privacy-friendly address to embed (<c>youtube-nocookie.com</c>, Vimeo with
/// <c>dnt=1</c>: no tracking cookies), the address to watch it at, and the host's name. Any
/// other address is an error: the site's Content-Security-Policy frames these two hosts only.
/// </summary>
public sealed partial class VideoEmbedFunction() : TemplateFunction("video_embed", 1, 1)
{
    /// <summary>The hosts a page may frame, for the Content-Security-Policy of a site that embeds videos.</summary>
    public const string FrameSources = "https://www.youtube-nocookie.com https://player.vimeo.com";

    /// <summary>
    /// Whether rendered HTML embeds a video this function gives the address of: whichever
    /// template wrote the frame (the theme's <c>video</c>, a site's own shortcode or layout).
    /// </summary>
    public static bool Embeds(ReadOnlySpan<byte> html) =>
        html.IndexOf("src=\"https://www.youtube-nocookie.com/embed/"u8) >= 0 || html.IndexOf("src=\"https://player.vimeo.com/video/"u8) >= 0;

    protected override object Invoke(HtmlTemplateContext context, ScriptNode caller, ScriptArray arguments)
    {
        var source = context.Text(arguments[0]).Trim();
        var result = new ScriptObject(StringComparer.Ordinal);
        if (YouTube().Match(source) is { Success: true } youtube)
        {
            var id = youtube.Groups["id"].Value;
            result.SetValue("embed", $"https://www.youtube-nocookie.com/embed/{id}", readOnly: true);
            result.SetValue("watch", $"https://www.youtube.com/watch?v={id}", readOnly: true);
            result.SetValue("host", "YouTube", readOnly: true);
            return result;
        }

        if (Vimeo().Match(source) is { Success: true } vimeo)
        {
            var id = vimeo.Groups["id"].Value;
            result.SetValue("embed", $"https://player.vimeo.com/video/{id}?dnt=1", readOnly: true);
            result.SetValue("watch", $"https://vimeo.com/{id}", readOnly: true);
            result.SetValue("host", "Vimeo", readOnly: true);
            return result;
        }

        throw new TemplateFunctionException(caller.Span, DiagnosticCodes.ShortcodeMisused, $"'{DiagnosticText.Quote(source)}' is not a YouTube or Vimeo video address",
            "give the video's address, e.g. https://www.youtube.com/watch?v=dQw4w9WgXcQ or https://vimeo.com/76979871");
    }

    [GeneratedRegex(@"^(?:https?://(?:www\.|m\.)?(?:youtube\.com/(?:watch\?(?:.*&)?v=|embed/|shorts/)|youtu\.be/|youtube-nocookie\.com/embed/))?(?<id>[A-Za-z0-9_-]{11})(?:[?&#].*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex YouTube();

    [GeneratedRegex(@"^https?://(?:www\.|player\.)?vimeo\.com/(?:video/)?(?<id>\d{5,12})(?:[/?#].*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Vimeo();
}
