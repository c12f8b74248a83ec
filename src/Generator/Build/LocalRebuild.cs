using System.Collections.Immutable;
using Generator.Content;
using Generator.Diagnostics;
using Generator.Linking;
using Generator.Model;
using Generator.Publishing;
using Generator.Rendering;

namespace Generator.Build;

/// <summary>
/// The short way through a rebuild, when the only change since the last successful build is
/// in the bodies of existing documents, and each edited body still has the same headings and
/// links to the same documents. Nothing another page shows of a document (front matter, heading
/// anchors, link edges, hence backlinks and related documents) has then changed, so only the
/// pages of the edited documents' translation groups (their translations' stale notices and
/// fallback pages included) are rendered again, and every other file of the last build is kept.
/// Any other change returns null: the caller runs the full sequence of stages.
/// </summary>
internal sealed class LocalRebuild(BuildState last, BuildCache cache)
{
    /// <summary>The rebuild, with <paramref name="stages"/> (the run's, reporting into diagnostics of its own); null when it cannot take the short way.</summary>
    public BuildResult? TryBuild(SourceSet sources, SiteStages stages)
    {
        var (options, run, config) = (stages.Options, last.Run, last.Run.Config!);

        // A written site with a search index is indexed again by the full sequence.
        if (options != last.Options || stages.Today != last.Today || (options.WriteOutput && config.Search) || !SameExceptContent(sources) || EditedFiles(sources) is not { } edited)
        {
            return null;
        }

        var parsed = stages.Parse([.. edited], config, sources.Shortcodes);
        var replaced = new Dictionary<ParsedDocument, ParsedDocument>(ReferenceEqualityComparer.Instance);
        foreach (var document in parsed)
        {
            // A document with versions (or a version) shows in its history and comparisons: the full sequence remakes them.
            if (run.Documents.FirstOrDefault(d => d.Source.FullPath == document.Source.FullPath) is not { } old || !SameFrontMatter(old, document)
                || old.Path.Version is not null || last.Model.Versions.ContainsKey(Model.TranslationGrouper.KeyOf(old)))
            {
                return null;
            }

            replaced[old] = document;
        }

        if (replaced.Count != edited.Count)
        {
            return null;
        }

        // Skipped: the model, the URL record and the templates and strings (unchanged); the link
        // stage resolves the edited bodies only, and the plan takes the new pages in place of the old.
        stages.Validate(parsed, config);
        var links = stages.Clock.Time(SiteStage.Link, () => ResolveLinks(replaced, stages.Diagnostics));
        if (links is null)
        {
            return null;
        }

        var (model, graph, affected) = stages.Clock.Time("patch", () =>
        {
            var model = DocumentReplacement.Replace(last.Model, replaced);
            var edits = replaced.Values.ToHashSet<ParsedDocument>(ReferenceEqualityComparer.Instance);
            var keys = model.Pages.Where(p => p.Document is { } d && edits.Contains(d)).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
            return (model, last.Graph.Replacing(replaced, links), model.Pages.Where(p => keys.Contains(p.Key)).ToArray());
        });
        var renderer = stages.Renderer(run.Templates!, run.Strings!, run.Assets!, searchAvailable: false);
        var pages = stages.Render(renderer, model, graph, affected);
        var plan = stages.Clock.Time(SiteStage.Plan, () => Replace(run.Plan!, pages));

        // A video embedded where none was, or the last one removed, changes the security policy in _headers: the full sequence writes it.
        if (FramesVideo(plan) != FramesVideo(run.Plan!))
        {
            return null;
        }
        stages.CheckLinks(config, plan, sources, model, pages);
        var found = Merge(replaced.Values, stages.Diagnostics.ToImmutableSorted());
        var statistics = last.Statistics with { PagesRendered = renderer.PagesRendered, FilesWritten = 0 };
        if (found.Any(d => d.IsError))
        {
            return new BuildResult(found, statistics with { Elapsed = stages.Clock.Elapsed, Stages = stages.Clock.Stages });
        }

        var written = new WriteResult(0, 0);
        if (options.WriteOutput)
        {
            // An output that cannot be written is left to the full sequence, which reports it.
            if (stages.Write(plan, search: null, out _) is not { } done)
            {
                return null;
            }

            written = done;
        }

        var documents = run.Documents.Select(d => replaced.GetValueOrDefault(d, d)).ToImmutableArray();
        cache.Last = last with { Run = run with { Sources = sources, Documents = documents, Model = model, Graph = graph, Plan = plan }, Diagnostics = found };
        return new BuildResult(found, statistics with
        {
            FilesWritten = options.WriteOutput ? plan.Files.Length : 0, FilesChanged = written.Written, FilesDeleted = written.Deleted, Elapsed = stages.Clock.Elapsed, Stages = stages.Clock.Stages,
        }) { Output = plan };
    }

    private SourceSet Before => last.Run.Sources!;

    /// <summary>Configuration, theme and static files are the very ones of the last build, and no content file came or went.</summary>
    private bool SameExceptContent(SourceSet sources) =>
        Equals(sources.SiteConfig?.Hash, Before.SiteConfig?.Hash) && Equals(sources.UrlRecord?.Hash, Before.UrlRecord?.Hash)
        && SameFiles(sources.Static, Before.Static) && SameFiles(sources.Layouts, Before.Layouts) && SameFiles(sources.UiStrings, Before.UiStrings)
        && SameFiles(sources.SiteUiStrings, Before.SiteUiStrings) && SameFiles(sources.Shortcodes, Before.Shortcodes)
        && sources.Content.Length == Before.Content.Length
        && sources.Content.Select(f => f.FullPath).SequenceEqual(Before.Content.Select(f => f.FullPath), StringComparer.Ordinal);

    private static bool SameFiles(ImmutableArray<SourceFile> a, ImmutableArray<SourceFile> b) =>
        a == b || a.Select(f => (f.FullPath, f.Hash)).SequenceEqual(b.Select(f => (f.FullPath, f.Hash)));

    /// <summary>The content files whose bytes changed, when all of them are documents (Markdown or HTML).</summary>
    private List<SourceFile>? EditedFiles(SourceSet sources)
    {
        var edited = sources.Content.Where((f, i) => f.Hash != Before.Content[i].Hash).ToList();
        return edited.All(f => DocumentParser.IsDocument(f.RelativePath)) ? edited : null;
    }

    /// <summary>The front matter is the same text on the same lines, and the body's heading anchors are the same.</summary>
    private static bool SameFrontMatter(ParsedDocument old, ParsedDocument edited) =>
        old.BodyFirstLine == edited.BodyFirstLine
        && FrontMatterBlock.Split(TextDecoder.Decode(old.Source.Bytes) ?? string.Empty).Yaml == FrontMatterBlock.Split(TextDecoder.Decode(edited.Source.Bytes) ?? string.Empty).Yaml
        && old.Body.HeadingIds.SequenceEqual(edited.Body.HeadingIds, StringComparer.Ordinal);

    /// <summary>The edited bodies' links, resolved; null when one now leads to another set of documents.</summary>
    private Dictionary<ParsedDocument, ImmutableArray<ResolvedLink?>>? ResolveLinks(Dictionary<ParsedDocument, ParsedDocument> replaced, DiagnosticBag diagnostics)
    {
        var all = new Dictionary<ParsedDocument, ImmutableArray<ResolvedLink?>>(ReferenceEqualityComparer.Instance);
        foreach (var (old, edited) in replaced)
        {
            if (!last.Model.Pages.Any(p => ReferenceEquals(p.Document, old)))
            {
                continue;
            }

            var links = last.Run.Resolver!.ResolveBody(edited, diagnostics);
            var before = last.Graph.LinksOf(old).OfType<ResolvedLink>().Select(l => l.Target.Key).ToHashSet(StringComparer.Ordinal);
            if (!before.SetEquals(links.OfType<ResolvedLink>().Select(l => l.Target.Key)))
            {
                return null;
            }

            all[edited] = links;
        }

        return all;
    }

    /// <summary>
    /// The last build's diagnostics with those in the edited bodies replaced by the new ones;
    /// what lies in their front matter (unchanged) is kept as it was.
    /// </summary>
    private ImmutableArray<Diagnostic> Merge(IEnumerable<ParsedDocument> edited, ImmutableArray<Diagnostic> fresh)
    {
        var bodies = edited.ToDictionary(d => d.File, d => d.BodyFirstLine, StringComparer.Ordinal);
        bool InBody(Diagnostic d) => bodies.TryGetValue(d.File, out var first) && d.Line >= first;
        var bag = new DiagnosticBag();
        foreach (var diagnostic in last.Diagnostics.Where(d => !InBody(d)).Concat(fresh.Where(InBody)))
        {
            bag.Add(diagnostic);
        }

        return bag.ToImmutableSorted();
    }

    private static bool FramesVideo(OutputPlan plan) =>
        plan.Files.Any(f => f.Bytes is { } html && f.Path.EndsWith(".html", StringComparison.Ordinal) && Rendering.Functions.VideoEmbedFunction.Embeds(html));

    private static OutputPlan Replace(OutputPlan plan, ImmutableArray<RenderedPage> pages)
    {
        var files = plan.Files.ToBuilder();
        var comparer = Comparer<PlannedOutput>.Create((a, b) => string.CompareOrdinal(a.Path, b.Path));
        foreach (var page in pages)
        {
            var replacement = new PlannedOutput(page.OutputPath, page.Html, null, page.Origin);
            files[ImmutableArray.BinarySearch(plan.Files, replacement, comparer)] = replacement;
        }

        return plan with { Files = files.MoveToImmutable() };
    }
}
