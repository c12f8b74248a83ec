using System.Collections.Immutable;
using System.Security.Cryptography;
using Generator.Diagnostics;
using Generator.IO;

namespace Generator.Content;

/// <summary>
/// Stage 2: finds and reads the inputs: <c>input/site.yml</c>, <c>input/content/**/*.md</c>,
/// <c>input/static/**</c>, <c>input/i18n/*.yml</c>, <c>theme/layouts/**</c>, <c>theme/i18n/*.yml</c> and <c>theme/static/**</c>.
/// Files are read in parallel; every list is in ordinal path order. With a session's cache
/// that knows what changed, only the changed content files are read again.
/// </summary>
public sealed class SourceLoader(IFileSystem fileSystem)
{
    public SourceSet Load(SourceLoadOptions options, CancellationToken cancellationToken) => Load(options, null, cancellationToken);

    public SourceSet Load(SourceLoadOptions options, ISourceCache? cache, CancellationToken cancellationToken)
    {
        if (cache is null)
        {
            return LoadAll(options, cancellationToken);
        }

        var changes = cache.TakeChanges();
        try
        {
            var sources = cache.Previous is { } previous && changes is not null && Update(options, previous, changes) is { } updated
                ? updated
                : LoadAll(options, cancellationToken);
            cache.Previous = sources;
            return sources;
        }
        catch
        {
            cache.RestoreChanges(changes);
            throw;
        }
    }

    /// <summary>
    /// <c>site.yml</c> alone, for commands that need only the configuration: the other sources are
    /// empty. A bug met reading it is not made a diagnostic, as it is among many files so that the
    /// others are still read: with no other file to read, it reaches the command.
    /// </summary>
    public SourceSet LoadSiteConfig(SourceLoadOptions options)
    {
        var problems = new DiagnosticBag();
        return new SourceSet(ReadSiteConfig(options, problems, guardBugs: false), [], [], [], []) { Problems = problems.ToImmutableSorted() };
    }

    private SourceSet LoadAll(SourceLoadOptions options, CancellationToken cancellationToken)
    {
        var problems = new DiagnosticBag();
        var config = ReadSiteConfig(options, problems, guardBugs: true);
        var content = ReadAll(options, ContentRoot(options), options.InputDirectory, keepBytes: true, problems, cancellationToken);
        var layouts = ReadAll(options, Path.Combine(options.ThemeDirectory, "layouts"), options.ThemeDirectory, keepBytes: true, problems, cancellationToken);
        var strings = ReadStrings(options, options.ThemeDirectory, problems, cancellationToken);
        var siteStrings = ReadStrings(options, options.InputDirectory, problems, cancellationToken);

        // Theme static files first, then the site's own: a site file replaces a theme file of the same path.
        var themeStatic = ReadAll(options, Path.Combine(options.ThemeDirectory, "static"), options.ThemeDirectory, keepBytes: false, problems, cancellationToken);
        var siteStatic = ReadAll(options, Path.Combine(options.InputDirectory, "static"), options.InputDirectory, keepBytes: false, problems, cancellationToken);
        var overridden = siteStatic.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        var statics = themeStatic.Where(f => !overridden.Contains(f.RelativePath)).Concat(siteStatic)
            .OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToImmutableArray();

        // Shortcodes likewise: the site's replace the theme's of the same name.
        var themeShortcodes = ReadAll(options, Path.Combine(options.ThemeDirectory, "shortcodes"), options.ThemeDirectory, keepBytes: true, problems, cancellationToken);
        var siteShortcodes = ReadAll(options, Path.Combine(options.InputDirectory, "shortcodes"), options.InputDirectory, keepBytes: true, problems, cancellationToken);
        var ownShortcodes = siteShortcodes.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        var shortcodes = themeShortcodes.Where(f => !ownShortcodes.Contains(f.RelativePath)).Concat(siteShortcodes)
            .Where(f => f.RelativePath.EndsWith(".html", StringComparison.Ordinal) && !f.RelativePath.Contains('/'))
            .Select(f => f with { RelativePath = "shortcodes/" + f.RelativePath })
            .OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToImmutableArray();

        var recordPath = options.RecordFileName is { } name ? Path.Combine(options.InputDirectory, name) : null;
        var record = recordPath is not null && fileSystem.FileExists(recordPath) ? Read(options, options.InputDirectory, recordPath, keepBytes: true, problems) : null;
        return new SourceSet(config, content, statics, layouts, strings) { UrlRecord = record, SiteUiStrings = siteStrings, Shortcodes = shortcodes, Problems = problems.ToImmutableSorted() };
    }

    private SourceFile? ReadSiteConfig(SourceLoadOptions options, DiagnosticBag problems, bool guardBugs)
    {
        var path = Path.Combine(options.InputDirectory, "site.yml");
        return fileSystem.FileExists(path) ? Read(options, options.InputDirectory, path, keepBytes: true, problems, guardBugs) : null;
    }

    /// <summary>The UI strings files, <c>i18n/*.yml</c>, of the theme or of the site.</summary>
    private ImmutableArray<SourceFile> ReadStrings(SourceLoadOptions options, string folder, DiagnosticBag problems, CancellationToken cancellationToken) =>
        [.. ReadAll(options, Path.Combine(folder, "i18n"), folder, keepBytes: true, problems, cancellationToken)
            .Where(f => f.RelativePath.EndsWith(".yml", StringComparison.Ordinal))];

    /// <summary>
    /// The previous sources with the changed content files read again; null (load everything)
    /// when a change is not an existing content file, such as a new, deleted or renamed file,
    /// a folder, the configuration or a theme file.
    /// </summary>
    private SourceSet? Update(SourceLoadOptions options, SourceSet previous, IReadOnlySet<string> changes)
    {
        var root = Path.GetFullPath(ContentRoot(options)) + Path.DirectorySeparatorChar;
        var themeRoot = Path.GetFullPath(options.ThemeDirectory) + Path.DirectorySeparatorChar;
        var inputRoot = Path.GetFullPath(options.InputDirectory) + Path.DirectorySeparatorChar;
        var content = previous.Content.ToBuilder();
        var comparer = Comparer<SourceFile>.Create((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        foreach (var path in changes)
        {
            if (!path.StartsWith(root, StringComparison.Ordinal))
            {
                if (path.StartsWith(themeRoot, StringComparison.Ordinal) || path.StartsWith(inputRoot, StringComparison.Ordinal))
                {
                    return null;
                }

                continue;
            }

            // An existing file changed: read it again in its place. Anything else (a file or
            // folder added, deleted or renamed) is left to a full load.
            var relative = PathUtil.Relative(root, path);
            var index = ImmutableArray.BinarySearch(previous.Content, new SourceFile(path, relative, relative, null, string.Empty), comparer);
            // A file that became a symbolic link, or that cannot be read, is left to a full load,
            // which checks where links lead and reports what cannot be read.
            if (index < 0 || !fileSystem.FileExists(path) || fileSystem.IsSymbolicLink(path)
                || Read(options, ContentRoot(options), content[index].FullPath, keepBytes: true, new DiagnosticBag()) is not { } read)
            {
                return null;
            }

            content[index] = read;
        }

        return previous with { Content = content.MoveToImmutable() };
    }

    private static string ContentRoot(SourceLoadOptions options) => Path.Combine(options.InputDirectory, "content");

    private ImmutableArray<SourceFile> ReadAll(SourceLoadOptions options, string root, string boundary, bool keepBytes, DiagnosticBag problems, CancellationToken cancellationToken)
    {
        var listing = fileSystem.ListFiles(root, boundary);
        foreach (var (path, reason) in listing.SkippedLinks)
        {
            var why = reason switch
            {
                SkippedLink.Outside => "its target lies outside " + options.Display(boundary),
                SkippedLink.Loop => "it leads to a folder that is read already (a loop)",
                _ => "its target does not exist or cannot be resolved",
            };
            problems.Warning(DiagnosticCodes.LinkNotFollowed, new SourceRef(options.Display(path)), "symbolic link not followed: " + why,
                "nothing it leads to is read or published; copy the file into the folder instead of linking to it");
        }

        var paths = listing.Files;
        var files = new SourceFile?[paths.Count];
        Parallel.For(0, paths.Count, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = options.Parallelism },
            i => files[i] = Read(options, root, paths[i], keepBytes, problems));
        return [.. files.OfType<SourceFile>()];
    }

    /// <summary>The file with its hash; null, with an error at the file, when it cannot be read.</summary>
    private SourceFile? Read(SourceLoadOptions options, string root, string path, bool keepBytes, DiagnosticBag problems, bool guardBugs = true)
    {
        try
        {
            var bytes = fileSystem.ReadAllBytes(path);
            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
            return new SourceFile(path, PathUtil.Relative(root, path), options.Display(path), keepBytes ? bytes : null, hash) { Length = bytes.Length };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Error(DiagnosticCodes.FileUnreadable, new SourceRef(options.Display(path)), "the file cannot be read: " + ex.Message,
                "check that the file exists and that the build may read it");
            return null;
        }
        catch (Exception ex) when (guardBugs && !InternalError.IsCancellation(ex))
        {
            problems.Add(InternalError.While("reading this file", options.Display(path), ex));
            return null;
        }
    }
}
