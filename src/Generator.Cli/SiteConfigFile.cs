using Generator.Configuration;
using Generator.Content;
using Generator.Diagnostics;
using Generator.IO;

namespace Generator.Cli;

/// <summary>Reads <c>site.yml</c> for the commands that need only the configuration; problems are printed.</summary>
public static class SiteConfigFile
{
    public static SiteConfig? Load(IFileSystem fileSystem, string inputDirectory, TextWriter stderr)
    {
        var path = Path.Combine(inputDirectory, "site.yml");
        var diagnostics = new DiagnosticBag();
        var config = fileSystem.FileExists(path)
            ? new SiteConfigLoader().Load(TextDecoder.Decode(fileSystem.ReadAllBytes(path)) ?? string.Empty, path, null, diagnostics)
            : null;
        if (config is null)
        {
            DiagnosticPrinter.Print(diagnostics.ToImmutableSorted(), stderr);
            stderr.WriteLine($"error: cannot read {path}");
        }

        return config;
    }
}
