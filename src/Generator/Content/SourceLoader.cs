using System.Collections.Immutable;
using System.Security.Cryptography;
using Generator.Build;
using Generator.IO;

namespace Generator.Content;

/// <summary>
/// Stage 2: finds and reads the inputs: <c>input/site.yml</c>, <c>input/content/**/*.md</c>,
/// <c>input/static/**</c>, <c>theme/layouts/**</c>, <c>theme/i18n/*.yml</c> and <c>theme/static/**</c>.
/// Files are read in parallel; every list is in ordinal path order.
/// </summary>
public sealed class SourceLoader(IFileSystem fileSystem)
{
    public SourceSet Load(BuildOptions options, CancellationToken cancellationToken)
    {
        var configPath = Path.Combine(options.InputDirectory, "site.yml");
        var config = fileSystem.FileExists(configPath) ? Read(options, options.InputDirectory, configPath, keepBytes: true) : null;
        var content = ReadAll(options, Path.Combine(options.InputDirectory, "content"), keepBytes: true, cancellationToken);
        var layouts = ReadAll(options, Path.Combine(options.ThemeDirectory, "layouts"), keepBytes: true, cancellationToken);
        var strings = ReadAll(options, Path.Combine(options.ThemeDirectory, "i18n"), keepBytes: true, cancellationToken)
            .Where(f => f.RelativePath.EndsWith(".yml", StringComparison.Ordinal)).ToImmutableArray();

        // Theme static files first, then the site's own: a site file replaces a theme file of the same path.
        var themeStatic = ReadAll(options, Path.Combine(options.ThemeDirectory, "static"), keepBytes: false, cancellationToken);
        var siteStatic = ReadAll(options, Path.Combine(options.InputDirectory, "static"), keepBytes: false, cancellationToken);
        var overridden = siteStatic.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        var statics = themeStatic.Where(f => !overridden.Contains(f.RelativePath)).Concat(siteStatic)
            .OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToImmutableArray();

        return new SourceSet(config, content, statics, layouts, strings);
    }

    private ImmutableArray<SourceFile> ReadAll(BuildOptions options, string root, bool keepBytes, CancellationToken cancellationToken)
    {
        var paths = fileSystem.EnumerateFiles(root);
        var files = new SourceFile[paths.Count];
        Parallel.For(0, paths.Count, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = options.Parallelism },
            i => files[i] = Read(options, root, paths[i], keepBytes));
        return [.. files];
    }

    private SourceFile Read(BuildOptions options, string root, string path, bool keepBytes)
    {
        var bytes = fileSystem.ReadAllBytes(path);
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return new SourceFile(path, PathUtil.Relative(root, path), options.Display(path), keepBytes ? bytes : null, hash);
    }
}
