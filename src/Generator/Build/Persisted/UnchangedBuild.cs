using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Generator.Configuration;
using Generator.Content;
using Generator.Diagnostics;
using Generator.IO;
using Generator.Publishing;

namespace Generator.Build.Persisted;

/// <summary>
/// The persisted build cache's shortest way: a build (in a new process) whose sources, settings,
/// generator and tools are the very ones of the last successful build, before the moment its
/// output could change by itself (the next day, or a page's <c>publishDate</c> or <c>expiryDate</c>),
/// into an output folder that is still exactly as that build left it (the same files, each with
/// its size and write time, or, where the time differs, as a folder restored from a copy has it,
/// the same SHA-256), has nothing to do: it reports the last build's warnings and counts and
/// writes nothing. Anything else runs the stages, and a successful build that wrote the site
/// records itself for the next one. Not taken with <c>--record-urls</c> (which writes into the
/// input) or <c>history: git</c> (whose dates come from outside the sources).
/// </summary>
internal sealed class UnchangedBuild(IFileSystem fileSystem, BuildOptions options, BuildRecordStore store)
{
    /// <summary>The store of this build's record, or null when the build keeps none (no cache folder, not writing, recording URLs).</summary>
    public static UnchangedBuild? For(IFileSystem fileSystem, BuildOptions options) =>
        options is { WriteOutput: true, RecordUrls: false } && options.CacheFolder is { } folder
            ? new UnchangedBuild(fileSystem, options, new BuildRecordStore(fileSystem, options, folder))
            : null;

    /// <summary>The last build's result, when this build has nothing to do; else null (with a warning when the record could not be trusted).</summary>
    public BuildResult? TryReuse(SourceSet sources, SiteConfig config, DateTimeOffset now, DiagnosticBag diagnostics)
    {
        if (!Applies(sources, config) || store.Read(diagnostics) is not { } record)
        {
            return null;
        }

        if (record.Key != Key(config) || record.Sources != SourcesHash(sources) || now >= record.ValidUntil)
        {
            return null;
        }

        var bag = new DiagnosticBag();
        if (!Untouched(record))
        {
            if (OutputAsRecorded(record.Output) is not { } output)
            {
                return null;
            }

            // The same files with other times (a folder restored from a copy): recorded with their times now, for the next build.
            store.Write(record with { Output = output, Folders = FolderStamps(output) }, bag);
        }

        foreach (var diagnostic in record.Diagnostics)
        {
            bag.Add(diagnostic.ToDiagnostic());
        }

        return new BuildResult(bag.ToImmutableSorted(), new BuildStatistics(record.PagesPerLanguage, record.FilesWritten, TimeSpan.Zero, []) { FromCache = true });
    }

    /// <summary>Records a successful build that wrote the site, for the next one.</summary>
    public void Record(SiteRun run, ImmutableArray<Diagnostic> found, BuildStatistics statistics, DateTimeOffset now, DiagnosticBag diagnostics)
    {
        if (run is not { Sources: { } sources, Config: { } config } || !Applies(sources, config) || found.Any(d => d.IsError))
        {
            return;
        }

        var output = Listing(run.Plan);
        var record = new BuildRecord(
            Key(config),
            SourcesHash(sources),
            ValidUntil(run.Documents, now),
            output,
            [.. found.Where(d => d.Code != DiagnosticCodes.BuildCacheIgnored).Select(RecordedDiagnostic.Of)],
            statistics.PagesPerLanguage,
            statistics.FilesWritten) { Folders = FolderStamps(output) };
        store.Write(record, diagnostics);
    }

    private static bool Applies(SourceSet sources, SiteConfig config) => sources.Problems.IsEmpty && !config.Policy.GitHistory;

    /// <summary>The next moment at which the same sources may give another site: the next day (UTC), or the first publication or expiry still to come.</summary>
    private static DateTimeOffset ValidUntil(ImmutableArray<ParsedDocument> documents, DateTimeOffset now)
    {
        var until = new DateTimeOffset(now.UtcDateTime.Date.AddDays(1), TimeSpan.Zero);
        foreach (var document in documents)
        {
            foreach (var moment in new[] { document.FrontMatter.PublishDate, document.FrontMatter.ExpiryDate })
            {
                if (moment is { } m && m > now && m < until)
                {
                    until = m;
                }
            }
        }

        return until;
    }

    /// <summary>Everything besides the sources that the output depends on: the generator, the settings, and the tools it runs (path, size and time).</summary>
    private string Key(SiteConfig config)
    {
        var search = config.Search ? Tool(SearchIndexer.Locate(options.InputDirectory, out _)?.Executable) : "off";
        var browser = config.Policy.Pdf && options.PrintPdf && config.Model.HasLifecycles
            ? Tool(options.Browser ?? Publishing.Pdf.PdfBrowser.Locate(options.InputDirectory, out _)?.Executable)
            : "off";
        return BuildRecordStore.Hash(string.Join('\n',
            BuildRecordStore.GeneratorIdentity,
            Full(options.InputDirectory), Full(options.ThemeDirectory), Full(options.OutputDirectory), Full(options.DisplayRoot),
            options.BaseUrl ?? "-", options.BaseUrlOrigin ?? "-",
            options.IncludeDrafts.ToString(CultureInfo.InvariantCulture), options.IncludeFuture.ToString(CultureInfo.InvariantCulture),
            search, browser));
    }

    /// <summary>A tool the build runs, by its path, size and time (an update of it may change the output).</summary>
    private string Tool(string? path) =>
        string.IsNullOrEmpty(path) ? "none" : fileSystem.Stamp(path) is { } stamp ? $"{path} {stamp.Length} {stamp.LastWriteTicks}" : path;

    private static string Full(string path) => Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar);

    /// <summary>A hash of every source file's path and content hash, in the order the load stage gives them.</summary>
    private static string SourcesHash(SourceSet sources)
    {
        var text = new StringBuilder();
        void Add(string group, IEnumerable<SourceFile> files)
        {
            text.Append('#').Append(group).Append('\n');
            foreach (var file in files)
            {
                text.Append(file.FullPath).Append(' ').Append(file.Hash).Append('\n');
            }
        }

        Add("config", sources.SiteConfig is { } config ? [config] : []);
        Add("record", sources.UrlRecord is { } record ? [record] : []);
        Add("content", sources.Content);
        Add("static", sources.Static);
        Add("layouts", sources.Layouts);
        Add("shortcodes", sources.Shortcodes);
        Add("strings", sources.UiStrings);
        Add("site-strings", sources.SiteUiStrings);
        return BuildRecordStore.Hash(text.ToString());
    }

    /// <summary>Every file of the output folder as it is (full path, relative path, stamp), or null when there is no folder or it holds links.</summary>
    private IReadOnlyList<(string Path, string Relative, FileStamp Stamp)>? Files()
    {
        var output = Full(options.OutputDirectory);
        return fileSystem.StampAll(output)?.Select(f => (Path.Combine(output, f.Path), f.Path, f.Stamp)).ToList();
    }

    /// <summary>Every file of the output folder with its size, time and hash (from the plan's bytes where it has them); empty when there is no folder.</summary>
    private ImmutableArray<RecordedFile> Listing(OutputPlan? plan)
    {
        if (Files() is not { } files)
        {
            return [];
        }

        var planned = plan?.Files.Where(f => f.Bytes is not null).ToDictionary(f => f.Path, f => f.Bytes!, StringComparer.Ordinal) ?? [];
        var recorded = new RecordedFile[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism }, i =>
        {
            var (path, relative, stamp) = files[i];
            var bytes = planned.TryGetValue(relative, out var known) && known.Length == stamp.Length ? known : fileSystem.ReadAllBytes(path);
            recorded[i] = new RecordedFile(relative, stamp.Length, stamp.LastWriteTicks, HashOf(bytes));
        });
        return [.. recorded];
    }

    /// <summary>
    /// The output folder as recorded, with the times it has now; null when a file came, went or
    /// changed (another size, or another time and other bytes).
    /// </summary>
    private ImmutableArray<RecordedFile>? OutputAsRecorded(ImmutableArray<RecordedFile> recorded)
    {
        if (recorded.IsEmpty || Files() is not { } files || files.Count != recorded.Length)
        {
            return null;
        }

        var now = new RecordedFile[files.Count];
        var same = true;
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism }, (i, loop) =>
        {
            var (path, relative, stamp) = files[i];
            var was = recorded[i];
            if (relative != was.Path || stamp.Length != was.Length || (stamp.LastWriteTicks != was.Ticks && HashOf(fileSystem.ReadAllBytes(path)) != was.Hash))
            {
                same = false;
                loop.Stop();
                return;
            }

            now[i] = stamp.LastWriteTicks == was.Ticks ? was : was with { Ticks = stamp.LastWriteTicks };
        });
        if (!same)
        {
            return null;
        }

        return now.AsSpan().SequenceEqual(recorded.AsSpan()) ? recorded : [.. now];
    }

    /// <summary>
    /// Whether every recorded folder and file still has its recorded time (and every file its
    /// size): a file that came or went changes its folder's time, so no listing is needed.
    /// </summary>
    private bool Untouched(BuildRecord record)
    {
        if (record.Folders.IsEmpty || record.Output.IsEmpty)
        {
            return false;
        }

        var output = Full(options.OutputDirectory);
        var same = true;
        var all = record.Folders.AddRange(record.Output);
        Parallel.For(0, all.Length, new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism }, (i, loop) =>
        {
            var entry = all[i];
            if (fileSystem.Stamp(entry.Path == "." ? output : Path.Combine(output, entry.Path)) is not { } stamp || stamp.Length != entry.Length || stamp.LastWriteTicks != entry.Ticks)
            {
                same = false;
                loop.Stop();
            }
        });
        return same;
    }

    /// <summary>The output folder and every folder that holds one of <paramref name="files"/>, with their times now.</summary>
    private ImmutableArray<RecordedFile> FolderStamps(ImmutableArray<RecordedFile> files)
    {
        if (files.IsEmpty)
        {
            return [];
        }

        var output = Full(options.OutputDirectory);
        var folders = new SortedSet<string>(StringComparer.Ordinal) { "." };
        foreach (var file in files)
        {
            for (var slash = file.Path.LastIndexOf('/'); slash > 0 && folders.Add(file.Path[..slash]); slash = file.Path.LastIndexOf('/', slash - 1))
            {
            }
        }

        var list = folders.ToArray();
        var stamped = new RecordedFile[list.Length];
        Parallel.For(0, list.Length, new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism }, i =>
            stamped[i] = new RecordedFile(list[i], -1, fileSystem.Stamp(list[i] == "." ? output : Path.Combine(output, list[i]))?.LastWriteTicks ?? 0, "-"));
        return [.. stamped];
    }

    private static string HashOf(byte[] bytes) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
}
