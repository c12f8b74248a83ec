using System.Collections.Immutable;
using Generator.Configuration;
using Generator.Content;
using Generator.Diagnostics;
using Generator.Linking;
using Generator.Model;
using Generator.Publishing;
using Generator.Publishing.Promises;
using Generator.Rendering;

namespace Generator.Build;

/// <summary>
/// What a run of the stages made, through the stage it stopped at (<see cref="SiteStages"/>): a
/// stage that did not run left its part null, or empty for the documents and the pages.
/// </summary>
public sealed record SiteRun
{
    /// <summary>A run before its first stage.</summary>
    public static readonly SiteRun Empty = new();

    public SourceSet? Sources { get; init; }

    /// <summary>The configuration; null when site.yml is missing or has errors, and no later stage ran.</summary>
    public SiteConfig? Config { get; init; }

    public ImmutableArray<ParsedDocument> Documents { get; init; } = [];

    public SiteModel? Model { get; init; }

    /// <summary>The promise of the record of published URLs, kept or not.</summary>
    public UrlPromiseCheck? Promises { get; init; }

    /// <summary>The record of published URLs, when the site keeps one.</summary>
    public UrlRecord? UrlRecord { get; init; }

    public LinkResolver? Resolver { get; init; }

    public LinkGraph? Graph { get; init; }

    public TemplateSet? Templates { get; init; }

    public UiStrings? Strings { get; init; }

    public AssetManifest? Assets { get; init; }

    /// <summary>Pagefind, when the run writes a site that asks for search and it was found.</summary>
    public SearchIndexer? Search { get; init; }

    public ImmutableArray<RenderedPage> Pages { get; init; } = [];

    /// <summary>How many of <see cref="Pages"/> went through the templates (the others came from a session's cache).</summary>
    public int PagesRendered { get; init; }

    public OutputPlan? Plan { get; init; }

    /// <summary>What the write stage wrote and deleted; null when it did not run or failed.</summary>
    public WriteResult? Written { get; init; }

    /// <summary>The write stage failed part-way in a folder an earlier build wrote: some of its files may be the new ones.</summary>
    public bool OutputPartlyWritten { get; init; }

    /// <summary>Every diagnostic of the run, in order (set by <see cref="SiteStages.Run"/>).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = [];
}
