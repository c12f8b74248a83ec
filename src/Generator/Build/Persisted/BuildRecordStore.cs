using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Generator.Diagnostics;
using Generator.IO;

namespace Generator.Build.Persisted;

/// <summary>
/// Reads and writes one site's <see cref="BuildRecord"/> in the build cache
/// (<c>build/&lt;site&gt;.record</c> under the cache folder, named by the site's input, theme and
/// output folders, so sites may share a cache folder). The file starts with a line naming the
/// format, a line naming the generator that wrote it (its version and build), and the SHA-256 of
/// the rest: a file of another format or generator, cut short or changed by hand is never trusted,
/// but ignored with one warning (GEN072), and the build runs in full and writes a new one.
/// </summary>
internal sealed class BuildRecordStore(IFileSystem fileSystem, BuildOptions options, string cacheFolder)
{
    public const string Format = "generator-build-record 1";

    /// <summary>This generator, exactly: its version and the identity of its compiled code (any change to the code gives another).</summary>
    public static string GeneratorIdentity { get; } = Identity();

    public string Path { get; } = System.IO.Path.Combine(cacheFolder, "build", SiteName(options) + ".record");

    /// <summary>The record, or null when there is none (silently) or it cannot be trusted (with a warning in <paramref name="diagnostics"/>).</summary>
    public BuildRecord? Read(DiagnosticBag diagnostics)
    {
        if (!fileSystem.FileExists(Path))
        {
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = fileSystem.ReadAllBytes(Path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Ignore(diagnostics, "cannot be read: " + ex.Message);
        }

        var text = Encoding.UTF8.GetString(bytes);
        var lines = text.Split('\n', 4);
        if (lines.Length < 4 || lines[0] != Format)
        {
            return Ignore(diagnostics, lines[0].StartsWith("generator-build-record ", StringComparison.Ordinal) && lines.Length == 4
                ? $"is in another format ({lines[0]})"
                : "is not a build record, or is cut short");
        }

        if (lines[1] != GeneratorIdentity)
        {
            return Ignore(diagnostics, $"was written by another version of the generator ({lines[1]})");
        }

        if (lines[2] != Hash(lines[3]))
        {
            return Ignore(diagnostics, "is damaged (cut short or changed since it was written)");
        }

        return BuildRecordText.Parse(lines[3]) ?? Ignore(diagnostics, "cannot be read: it lacks a fact or has a line a record does not have");
    }

    /// <summary>Writes the record; a cache folder that cannot be written is a warning, never a failed build.</summary>
    public void Write(BuildRecord record, DiagnosticBag diagnostics)
    {
        var payload = BuildRecordText.Format(record);
        var text = $"{Format}\n{GeneratorIdentity}\n{Hash(payload)}\n{payload}";
        try
        {
            fileSystem.WriteAllBytes(Path, Encoding.UTF8.GetBytes(text));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Warning(DiagnosticCodes.BuildCacheIgnored, new SourceRef(options.Display(Path)), "the build cache cannot be written: " + ex.Message,
                "the next build runs in full; check that the cache folder may be written, or choose another with --cache");
        }
    }

    private BuildRecord? Ignore(DiagnosticBag diagnostics, string why)
    {
        diagnostics.Warning(DiagnosticCodes.BuildCacheIgnored, new SourceRef(options.Display(Path)), $"the build cache {why}; it was ignored",
            "this build ran in full and wrote a new one; delete the cache folder to clear it");
        return null;
    }

    private static string SiteName(BuildOptions options) =>
        Hash(string.Join('\n', Full(options.InputDirectory), Full(options.ThemeDirectory), Full(options.OutputDirectory)))[..16];

    private static string Full(string path) => System.IO.Path.GetFullPath(path).TrimEnd(System.IO.Path.DirectorySeparatorChar);

    internal static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static string Identity()
    {
        var assembly = typeof(BuildRecordStore).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
        return $"{version} {assembly.ManifestModule.ModuleVersionId:N}";
    }
}
