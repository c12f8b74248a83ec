using Generator.Markdown;
using System.Collections.Immutable;
using System.Text;
using Generator.Configuration;
using Generator.Content;
using Generator.Diagnostics;
using Markdig;

namespace Generator.Tests.Markdown;

/// <summary>Content files written as text, parsed by the parse stage as a build parses them (on two threads).</summary>
public static class ParsedSite
{
    private const string SiteYaml = """
        baseUrl: https://example.org/
        defaultLanguage: en
        languages:
          en: { name: English, culture: en-GB, title: Test }
        """;

    public static (ImmutableArray<ParsedDocument> Documents, ImmutableArray<Diagnostic> Diagnostics) Parse(
        MarkdownPipeline pipeline, params (string Path, string Text)[] files)
    {
        var diagnostics = new DiagnosticBag();
        var config = new SiteConfigLoader().Load(SiteYaml, "site.yml", null, diagnostics)!;
        var sources = files.Select(f => new SourceFile("/site/input/content/" + f.Path, f.Path, "input/content/" + f.Path, Encoding.UTF8.GetBytes(f.Text), f.Path))
            .ToImmutableArray();
        var documents = new DocumentParser(pipeline).Parse(sources, config, diagnostics, 2, CancellationToken.None);
        return (documents, diagnostics.ToImmutableSorted());
    }

    public static (ImmutableArray<ParsedDocument> Documents, ImmutableArray<Diagnostic> Diagnostics) Parse(params (string Path, string Text)[] files) =>
        Parse(MarkdownPipelineFactory.Create(), files);

    /// <summary>A diagnostic as the command line prints it, with its hint.</summary>
    public static string Describe(Diagnostic diagnostic) => diagnostic + (diagnostic.Hint is null ? string.Empty : " | " + diagnostic.Hint);
}
