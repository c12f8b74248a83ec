using System.Collections.Immutable;
using Generator.Configuration;
using Generator.Diagnostics;
using Generator.Markdown;
using Generator.Markdown.Typography;
using Markdig;

namespace Generator.Content;

/// <summary>
/// Stage 3: decodes every content file, splits front matter from body, types the front matter
/// and parses the body with Markdig, compiling it to HTML with slots for its links, in parallel.
/// An HTML file (<c>.html</c>, <c>.htm</c>) with front matter is a page whose body is taken as it
/// is: no Markdown, shortcodes or wikilinks. Files that cannot be read as documents are reported
/// and left out; the rest go on.
/// </summary>
public sealed class DocumentParser(MarkdownPipeline pipeline, IParsedDocumentCache? cache = null, Markdown.Shortcodes.ShortcodeSet? shortcodes = null)
{
    private readonly Markdown.BodyReader _bodies = new(pipeline, shortcodes);
    private readonly string _shortcodes = shortcodes?.Fingerprint ?? string.Empty;

    public ImmutableArray<ParsedDocument> Parse(
        ImmutableArray<SourceFile> files, SiteConfig config, DiagnosticBag diagnostics, int parallelism, CancellationToken cancellationToken)
    {
        var markdown = files.Where(f => IsDocument(f.RelativePath)).ToArray();
        foreach (var other in files.Where(f => !IsDocument(f.RelativePath)))
        {
            diagnostics.Warning(DiagnosticCodes.InvalidValue, new SourceRef(other.DisplayPath), "file is not a Markdown or HTML document and is ignored",
                "put images and downloads under input/static/");
        }

        var results = new ParsedDocument?[markdown.Length];
        // One reader of front matter for all documents: it holds nothing of a document (only what the content model names).
        var frontMatter = new FrontMatterParser(config.Model);
        Parallel.For(0, markdown.Length, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = parallelism },
            i => InternalError.Guard(diagnostics, "reading this document", markdown[i].DisplayPath, () => results[i] = ParseCached(markdown[i], config, frontMatter, diagnostics)));
        return [.. results.OfType<ParsedDocument>()];
    }

    /// <summary>A content file read as a document: Markdown, or HTML with front matter.</summary>
    public static bool IsDocument(string relativePath) =>
        relativePath.EndsWith(".md", StringComparison.Ordinal) || IsHtml(relativePath);

    private static bool IsHtml(string relativePath) =>
        relativePath.EndsWith(".html", StringComparison.Ordinal) || relativePath.EndsWith(".htm", StringComparison.Ordinal);

    /// <summary>A file whose bytes (and the site's languages, which of them are sections' names, and their typography) are unchanged since the last build is not parsed again.</summary>
    private ParsedDocument? ParseCached(SourceFile file, SiteConfig config, FrontMatterParser frontMatter, DiagnosticBag diagnostics)
    {
        if (cache is null)
        {
            return ParseOne(file, config, frontMatter, diagnostics);
        }

        var key = file.Hash + "|" + file.DisplayPath + "|" + string.Join(',', config.Languages.Select(l => l.Code)) + "|" + config.DefaultLanguage + "|" + _shortcodes
            + "|" + string.Join(',', config.Sections.Keys.Where(config.HasLanguage).Order(StringComparer.Ordinal))
            + "|" + string.Join(',', config.Languages.Select(l => l.Code + "=" + (TypographyConventions.For(l)?.Name ?? "off")));
        if (cache.Find(file.FullPath, key) is { } kept)
        {
            foreach (var diagnostic in kept.Diagnostics) diagnostics.Add(diagnostic);
            return kept.Document;
        }

        var own = new DiagnosticBag();
        var document = ParseOne(file, config, frontMatter, own);
        var found = own.ToImmutableSorted();
        foreach (var diagnostic in found) diagnostics.Add(diagnostic);
        if (document is not null)
        {
            cache.Keep(file.FullPath, key, document, found);
        }

        return document;
    }

    private ParsedDocument? ParseOne(SourceFile file, SiteConfig config, FrontMatterParser frontMatterParser, DiagnosticBag diagnostics)
    {
        var text = TextDecoder.Decode(file.Bytes);
        if (text is null)
        {
            diagnostics.Error(DiagnosticCodes.InvalidEncoding, new SourceRef(file.DisplayPath), "file is not valid UTF-8", "save the file as UTF-8");
            return null;
        }

        var block = FrontMatterBlock.Split(text);
        var html = IsHtml(file.RelativePath);
        if (html && block.Yaml is null && !block.Unclosed)
        {
            diagnostics.Warning(DiagnosticCodes.InvalidValue, new SourceRef(file.DisplayPath), "HTML file without front matter is ignored",
                "start it with front matter (a title between --- lines) to make it a page, or put it under input/static/ to copy it as it is");
            return null;
        }

        var path = ContentPath.Parse(file.RelativePath, config);
        var frontMatter = frontMatterParser.Parse(block, file.DisplayPath, config.TypeOf(path.Section), diagnostics);
        if (!html && frontMatter.Summary is null && SummaryDivider.Summary(block.Body) is { } summary)
        {
            frontMatter = frontMatter with { Summary = summary, SummaryInBody = true };
        }

        var typography = config.HasLanguage(path.Language) ? TypographyConventions.For(config.Language(path.Language)) : null;
        var body = html
            ? (block.Body.Trim().Length == 0 ? CompiledBody.Empty : new CompiledBody(new BodyHtml([new HtmlPart(block.Body)]), [], [], []))
            : _bodies.Read(block.Body, block.BodyFirstLine, file.DisplayPath, diagnostics, typography);
        var hash = ContentHasher.Hash(frontMatter.Title, frontMatter.Summary, block.Body);
        var typographer = typography is null ? null : new TextTypographer(typography);
        return new ParsedDocument(file, path, frontMatter, body, block.BodyFirstLine, hash)
        {
            DisplayTitle = typographer?.Apply(frontMatter.Title),
            DisplaySummary = frontMatter.Summary is { } shown ? typographer?.Apply(shown) : null,
        };
    }
}
