using System.Collections.Concurrent;
using System.Text;
using Generator.Publishing.Pdf;

namespace Generator.BrowserTests;

/// <summary>A small site in memory for the PDF printer: a French guide, its stylesheet, and a count of what Chromium asked for.</summary>
public sealed class PdfTestSite
{
    public const string Origin = "https://example.org";

    public static readonly string[] Paragraphs =
    [
        .. Enumerable.Range(1, 14).Select(i =>
            $"Paragraphe {i} : déjà l'été à Montréal, où les rues piétonnes s'animent. Les cafés accueillent "
            + "étudiants, familles et voyageurs ; chacun y trouve une table à l'ombre, un livre ou une conversation. "
            + "Le soir, la fraîcheur descend du mont Royal et les musiciens jouent jusqu'à minuit près du canal."),
    ];

    private readonly ConcurrentDictionary<string, string> _files = new();

    public PdfTestSite()
    {
        _files["/css/site.css"] = ".crier { text-transform: uppercase; } p { line-height: 1.5; font-size: 12pt; }";
    }

    /// <summary>How many times Chromium asked for each path.</summary>
    public ConcurrentDictionary<string, int> Requests { get; } = new();

    /// <summary>Adds the guide at <paramref name="path"/>; its images come from the external <paramref name="elsewhere"/>.</summary>
    public string AddGuide(string path, string title, string elsewhere, string extraHead = "")
    {
        var body = new StringBuilder();
        body.Append("<h1>").Append(title).Append("</h1>\n<p class=\"crier\">À lire avant l'été</p>\n");
        body.Append("<h2>Première partie</h2>\n");
        foreach (var paragraph in Paragraphs[..6]) body.Append("<p>").Append(paragraph).Append("</p>\n");
        body.Append("<h3>Détails pratiques</h3>\n");
        foreach (var paragraph in Paragraphs[6..9]) body.Append("<p>").Append(paragraph).Append("</p>\n");
        body.Append($"<img src=\"{elsewhere}/pixel.png\" alt=\"\">\n<img src=\"/images/absente.png\" alt=\"\">\n");
        body.Append("<h2>Deuxième partie</h2>\n");
        foreach (var paragraph in Paragraphs[9..]) body.Append("<p>").Append(paragraph).Append("</p>\n");
        _files[path] = $"<!doctype html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>{title}</title>"
            + $"<link rel=\"stylesheet\" href=\"/css/site.css\">{extraHead}</head>\n<body><main>\n{body}</main></body></html>";
        return Origin + path;
    }

    /// <summary>The text a reader sees on the guide, in order (the stylesheet upper-cases the second line).</summary>
    public static string GuideText(string title) =>
        string.Join(' ', [title, "À LIRE AVANT L'ÉTÉ", "Première partie", .. Paragraphs[..6], "Détails pratiques", .. Paragraphs[6..9], "Deuxième partie", .. Paragraphs[9..]]);

    /// <summary>Serves a file as the build's in-memory output would.</summary>
    public PdfResource? Serve(string path)
    {
        Requests.AddOrUpdate(path, 1, (_, count) => count + 1);
        if (!_files.TryGetValue(path, out var text)) return null;
        var type = path.EndsWith(".css", StringComparison.Ordinal) ? "text/css; charset=utf-8" : "text/html; charset=utf-8";
        return new PdfResource(Encoding.UTF8.GetBytes(text), type);
    }

    public PdfJob Job(string url, string title, string? author = "Ville de Montréal", string pageLabel = "Page {0} / {1}") => new(
        new Uri(url),
        Serve,
        title,
        author,
        "fr",
        "Un guide pour l'été",
        $"{title} · Version 2 · 3 mai 2020 · <{url}v2/> & co",
        pageLabel,
        new DateTimeOffset(2020, 5, 3, 12, 0, 0, TimeSpan.FromHours(2)));
}
