using Generator.Publishing;

namespace Generator.Tests.Support;

/// <summary>An output folder as an earlier build left it: its files and the manifest that says the build wrote them.</summary>
public static class PreviousBuild
{
    /// <summary>Writes the files (path and text) under <paramref name="output"/> with their manifest; returns the first file's path.</summary>
    public static string Write(string output, params (string Path, string Text)[] files)
    {
        foreach (var (path, text) in files)
        {
            var target = Path.Combine(output, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, text);
        }

        var manifest = new OutputManifest(files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal), new HashSet<string>());
        File.WriteAllBytes(Path.Combine(output, OutputManifest.FileName), manifest.ToBytes());
        return Path.Combine(output, files[0].Path);
    }

    /// <summary>The files of an output folder, without its manifest.</summary>
    public static IEnumerable<string> Files(string output) => GoldenDirectory.Files(output).Where(f => f != OutputManifest.FileName);
}
