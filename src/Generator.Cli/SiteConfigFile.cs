using Generator.Build;
using Generator.Configuration;
using Generator.IO;

namespace Generator.Cli;

/// <summary>
/// Reads <c>site.yml</c> for the commands that need only the configuration: the stages of a build
/// through configure (which then read site.yml alone); problems are printed.
/// </summary>
public static class SiteConfigFile
{
    /// <summary>The configuration; null, with its problems printed, when site.yml is missing or has errors.</summary>
    public static SiteConfig? Load(IFileSystem fileSystem, IClock clock, string inputDirectory, TextWriter stderr)
    {
        var run = Configure(fileSystem, clock, inputDirectory);
        if (run.Config is null)
        {
            DiagnosticPrinter.Print(run.Diagnostics, stderr);
            stderr.WriteLine($"error: cannot read {Path.Combine(inputDirectory, "site.yml")}");
        }

        return run.Config;
    }

    /// <summary>Reads <c>site.yml</c> and prints every diagnostic, warnings included; null when it has errors.</summary>
    public static SiteConfig? LoadReportingAll(IFileSystem fileSystem, IClock clock, string inputDirectory, TextWriter stderr)
    {
        var run = Configure(fileSystem, clock, inputDirectory);
        DiagnosticPrinter.Print(run.Diagnostics, stderr);
        return run.Diagnostics.Any(d => d.IsError) ? null : run.Config;
    }

    private static SiteRun Configure(IFileSystem fileSystem, IClock clock, string inputDirectory) =>
        new SiteStages(fileSystem, clock, new BuildOptions { InputDirectory = inputDirectory }).Run(SiteStage.Configure);
}
