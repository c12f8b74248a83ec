using System.Collections.Immutable;
using System.CommandLine;
using Generator.Build;
using Generator.Cli.Reports;
using Generator.Diagnostics;
using Generator.IO;

namespace Generator.Cli.Commands;

/// <summary>
/// <c>check [--input DIR] [--theme DIR] [--drafts] [--future] [--format human|json|sarif] [--strict]</c>:
/// every validation of a build, without writing the site. It checks the site as <c>build</c> would
/// publish it with the same options, and also as <c>serve</c> shows it, drafts and scheduled
/// documents included, so a mistake in a draft is found before either. Exit 1 on errors (or on
/// warnings with --strict).
/// </summary>
public static class CheckCommand
{
    public static Command Create(TextWriter stdout, IFileSystem fileSystem, IClock clock, Func<bool> useColour)
    {
        var site = new SiteOptions(fileSystem);
        var format = new Option<string>("--format") { Description = "human (default), json, or sarif (SARIF 2.1.0).", DefaultValueFactory = _ => "human" };
        format.AcceptOnlyFromAmong("human", "json", "sarif");
        var strict = new Option<bool>("--strict") { Description = "Fail on warnings too." };
        var drafts = new Option<bool>("--drafts") { Description = "Check the site as build --drafts publishes it (drafts are checked in any case)." };
        var future = new Option<bool>("--future") { Description = "Check the site as build --future publishes it (scheduled documents are checked in any case)." };
        var command = new Command("check", "Check the content, configuration and theme without writing the site.") { format, strict, drafts, future };
        site.AddTo(command);
        command.SetAction((parse, cancellationToken) =>
        {
            var options = new BuildOptions
            {
                InputDirectory = parse.GetValue(site.Input)!,
                ThemeDirectory = parse.GetValue(site.Theme)!,
                WriteOutput = false,
                IncludeDrafts = parse.GetValue(drafts),
                IncludeFuture = parse.GetValue(future),
            };
            var diagnostics = Check(new SiteBuilder(fileSystem, clock), options, cancellationToken);
            var report = parse.GetValue(format) switch
            {
                "json" => JsonReport.Write(diagnostics),
                "sarif" => SarifReport.Write(diagnostics),
                _ => new HumanReport(fileSystem, useColour()).Write(diagnostics),
            };
            stdout.Write(report);
            return Task.FromResult(CliApp.ExitCode(diagnostics, failOnWarnings: parse.GetValue(strict)));
        });
        return command;
    }

    /// <summary>The diagnostics of the build as asked, and of the build <c>serve</c> makes (drafts and scheduled documents in), each once.</summary>
    public static ImmutableArray<Diagnostic> Check(SiteBuilder builder, BuildOptions options, CancellationToken cancellationToken)
    {
        var published = builder.Build(options, cancellationToken).Diagnostics;
        if (options.IncludeDrafts && options.IncludeFuture)
        {
            return published;
        }

        var all = new DiagnosticBag();
        foreach (var diagnostic in published.Concat(builder.Build(options with { IncludeDrafts = true, IncludeFuture = true }, cancellationToken).Diagnostics))
        {
            all.Add(diagnostic);
        }

        return all.ToImmutableSorted();
    }
}
