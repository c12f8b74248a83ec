using System.Collections.Immutable;
using System.CommandLine;
using System.CommandLine.Parsing;
using Generator.Authoring;
using Generator.Build;
using Generator.Cli.Reports;
using Generator.Configuration;
using Generator.Content;
using Generator.Diagnostics;
using Generator.IO;
using Generator.Model;

namespace Generator.Cli.Commands;

/// <summary>
/// <c>translations [--input DIR] [--theme DIR] [--format text|json] [--strict] [--review FILE ...]</c>:
/// prints every document by language (source, current, stale, untracked, draft, missing) with
/// each version's file, what changed in a stale one's source since its review, and the next step;
/// <c>--strict</c> exits 1 when a translation is missing or stale. With <c>--review</c>, it records
/// in each given translation the hash of its source as it is now, marking it current, and keeps a
/// copy of that source text for later reports (see <see cref="ReviewedSourceStore"/>).
/// </summary>
public static class TranslationsCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, IFileSystem fileSystem, IClock clock)
    {
        var site = new SiteOptions(fileSystem);
        var review = new Option<string[]>("--review") { Description = "Translation files to mark as reviewed against their source.", AllowMultipleArgumentsPerToken = true };
        var format = new Option<string>("--format") { Description = "text (default), or json for scripts.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var strict = new Option<bool>("--strict") { Description = "Exit 1 when a translation is missing or stale (for CI)." };
        var command = new Command("translations", "Show which translations are current, stale, untracked, draft or missing, what changed in a stale one's source, and what to do next.")
        {
            review, format, strict,
        };
        site.AddTo(command);
        command.Validators.Add(result =>
        {
            if (result.GetResult(review) is { Tokens.Count: > 0 } && (result.GetResult(format) is { Implicit: false } || result.GetResult(strict) is { Implicit: false }))
            {
                result.AddError("--review marks translations as reviewed and prints no report: use --format and --strict without it");
            }
        });
        command.SetAction((parse, cancellationToken) =>
        {
            var options = new BuildOptions { InputDirectory = parse.GetValue(site.Input)!, ThemeDirectory = parse.GetValue(site.Theme)! };
            var run = new SiteStages(fileSystem, clock, options, cancellationToken).Run(SiteStage.Parse);
            var (config, documents, diagnostics) = (run.Config, run.Documents, run.Diagnostics);
            var json = parse.GetValue(format) == "json";
            DiagnosticPrinter.Print(diagnostics, stderr);
            if (config is null)
            {
                if (json)
                {
                    stdout.Write(TranslationJson.Write([], null, new TranslationAdvice(string.Empty), diagnostics));
                }

                return Task.FromResult(CliApp.ExitCode(diagnostics));
            }

            var files = parse.GetValue(review) ?? [];
            var readErrors = diagnostics.Any(d => d.IsError);
            var unread = diagnostics.Where(d => d.IsError).Select(d => d.File).ToHashSet(StringComparer.Ordinal);
            documents = [.. documents.Where(d => !unread.Contains(d.File))];
            if (readErrors)
            {
                stderr.WriteLine("The report leaves out the files with errors (see above).");
            }

            var store = ReviewedSourceStore.In(fileSystem, options.InputDirectory);
            var failed = readErrors;
            if (files.Length > 0)
            {
                failed |= !Review(files, documents, unread, config, store, readErrors, options, stdout, stderr, fileSystem);
            }
            else
            {
                var rows = new TranslationAuditor(options.Display, store).Audit(documents, config, cancellationToken);
                var advice = new TranslationAdvice(ReviewCommand(parse, site));
                stdout.Write(json
                    ? TranslationJson.Write(rows, config, advice, diagnostics)
                    : TranslationMatrix.Format(rows, config, advice, options.Display(store.Directory) + "/"));
                if (parse.GetValue(strict) && StrictFailures(rows) is { } failures)
                {
                    stderr.WriteLine($"translations --strict: {failures} (see the report)");
                    failed = true;
                }
            }

            return Task.FromResult(diagnostics.Any(d => d.Code == DiagnosticCodes.InternalError) ? CliApp.InternalError : failed ? CliApp.ContentErrors : CliApp.Success);
        });
        return command;
    }

    /// <summary>Reviews the files; then, when every file was read, removes the kept source texts no translation refers to any more. False when one failed.</summary>
    private static bool Review(
        string[] files, ImmutableArray<ParsedDocument> documents, HashSet<string> unread, SiteConfig config, ReviewedSourceStore store,
        bool readErrors, BuildOptions options, TextWriter stdout, TextWriter stderr, IFileSystem fileSystem)
    {
        var ok = true;
        var reviewed = new Dictionary<ParsedDocument, string>();
        foreach (var file in files)
        {
            var full = Path.GetFullPath(file);
            var translation = documents.FirstOrDefault(d => Path.GetFullPath(d.Source.FullPath) == full);
            var source = translation is null ? null : SourceOf(translation, documents, config);
            var problem = translation is null
                ? unread.Contains(options.Display(full)) ? $"{file} has errors (see above); fix them before reviewing it" : $"{file} is not a content document"
                : new TranslationReviewer(fileSystem, store).Review(file, translation, source!);
            if (problem is not null)
            {
                stderr.WriteLine("error: " + problem);
                ok = false;
            }
            else
            {
                reviewed[translation!] = source!.ContentHash;
                stdout.WriteLine($"reviewed {file}");
            }
        }

        if (readErrors || reviewed.Count == 0)
        {
            return ok; // a file with errors may refer to a kept text: keep them all
        }

        var referenced = documents.Select(d => reviewed.TryGetValue(d, out var hash) ? hash : d.FrontMatter.SourceHash).OfType<string>().ToHashSet(StringComparer.Ordinal);
        try
        {
            foreach (var removed in store.Prune(referenced))
            {
                stdout.WriteLine($"removed {options.Display(removed)} (no translation is reviewed against that text any more)");
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: {options.Display(store.Directory)}: the source texts no translation refers to could not be removed: {ex.Message}");
            ok = false;
        }

        return ok;
    }

    /// <summary>What <c>--strict</c> fails on, in words (<c>2 missing and 1 stale translations</c>), or null.</summary>
    private static string? StrictFailures(ImmutableArray<TranslationRow> rows)
    {
        var counts = new[] { TranslationState.Missing, TranslationState.Stale }
            .Select(state => (State: state, Count: rows.Sum(r => r.Cells.Values.Count(c => c.State == state))))
            .Where(c => c.Count > 0)
            .ToList();
        return counts.Count == 0 ? null
            : string.Join(" and ", counts.Select(c => $"{c.Count} {TranslationMatrix.Name(c.State)}")) + (counts.Sum(c => c.Count) == 1 ? " translation" : " translations");
    }

    /// <summary>The command that marks a translation reviewed, with the site's folders when they were given.</summary>
    private static string ReviewCommand(ParseResult parse, SiteOptions site)
    {
        var command = CliApp.ProgramName + " translations";
        foreach (var option in new[] { site.Input, site.Theme })
        {
            if (parse.GetResult(option) is { Implicit: false })
            {
                command += $" {option.Name} {TranslationAdvice.Quote(parse.GetValue(option)!)}";
            }
        }

        return command + " --review";
    }

    private static ParsedDocument SourceOf(ParsedDocument translation, IEnumerable<ParsedDocument> documents, SiteConfig config)
    {
        var key = TranslationGrouper.KeyOf(translation);
        var group = documents.Where(d => TranslationGrouper.KeyOf(d) == key)
            .GroupBy(d => d.Language).ToDictionary(g => g.Key, g => g.OrderBy(d => d.File, StringComparer.Ordinal).First());
        return group.GetValueOrDefault(config.DefaultLanguage) ?? config.Languages.Select(l => group.GetValueOrDefault(l.Code)).First(d => d is not null)!;
    }
}
