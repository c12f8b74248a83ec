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

    /// <summary>Reads <c>site.yml</c> and prints every diagnostic, warnings included; null when it has errors.</summary>
    public static SiteConfig? LoadReportingAll(IFileSystem fileSystem, string inputDirectory, TextWriter stderr)
    {
        var path = Path.Combine(inputDirectory, "site.yml");
        var diagnostics = new DiagnosticBag();
        SiteConfig? config = null;
        if (!fileSystem.FileExists(path))
        {
            diagnostics.Error(DiagnosticCodes.ConfigMissing, new SourceRef(path), "site configuration not found", "create input/site.yml with the site's languages and base URL, or pass --input");
        }
        else if (TextDecoder.Decode(fileSystem.ReadAllBytes(path)) is not { } text)
        {
            diagnostics.Error(DiagnosticCodes.InvalidEncoding, new SourceRef(path), "file is not valid UTF-8", "save the file as UTF-8");
        }
        else
        {
            config = new SiteConfigLoader().Load(text, path, null, diagnostics);
        }

        DiagnosticPrinter.Print(diagnostics.ToImmutableSorted(), stderr);
        return diagnostics.HasErrors ? null : config;
    }
}
