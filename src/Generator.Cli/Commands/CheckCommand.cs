using System.CommandLine;
using Generator.Build;
using Generator.Cli.Reports;
using Generator.IO;

namespace Generator.Cli.Commands;

/// <summary>
/// <c>check [--input DIR] [--theme DIR] [--format human|json|sarif] [--strict]</c>: every
/// validation of a build, without writing the site. Exit 1 on errors (or on warnings with --strict).
/// </summary>
public static class CheckCommand
{
    public static Command Create(TextWriter stdout, IFileSystem fileSystem, IClock clock, Func<bool> useColour)
    {
        var site = new SiteOptions();
        var format = new Option<string>("--format") { Description = "human (default), json, or sarif (SARIF 2.1.0).", DefaultValueFactory = _ => "human" };
        format.AcceptOnlyFromAmong("human", "json", "sarif");
        var strict = new Option<bool>("--strict") { Description = "Fail on warnings too." };
        var command = new Command("check", "Check the content, configuration and theme without writing the site.") { format, strict };
        site.AddTo(command);
        command.SetAction((parse, cancellationToken) =>
        {
            var options = new BuildOptions
            {
                InputDirectory = parse.GetValue(site.Input)!,
                ThemeDirectory = parse.GetValue(site.Theme)!,
                WriteOutput = false,
            };
            var result = new SiteBuilder(fileSystem, clock).Build(options, cancellationToken);
            var report = parse.GetValue(format) switch
            {
                "json" => JsonReport.Write(result.Diagnostics),
                "sarif" => SarifReport.Write(result.Diagnostics),
                _ => new HumanReport(fileSystem, useColour()).Write(result.Diagnostics),
            };
            stdout.Write(report);
            var failed = result.ErrorCount > 0 || (parse.GetValue(strict) && result.WarningCount > 0);
            return Task.FromResult(failed ? CliApp.ContentErrors : CliApp.Success);
        });
        return command;
    }
}
