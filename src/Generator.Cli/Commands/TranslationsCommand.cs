using System.CommandLine;
using Generator.Authoring;
using Generator.Build;
using Generator.Configuration;
using Generator.Content;
using Generator.Diagnostics;
using Generator.IO;
using Generator.Model;

namespace Generator.Cli.Commands;

/// <summary>
/// <c>translations [--input DIR] [--review FILE ...]</c>: prints the matrix of every document by
/// language (source, current, stale, untracked, draft, missing); with <c>--review</c>, records
/// in each given translation the hash of its source as it is now, marking it current, and keeps a
/// copy of that source text (see <see cref="ReviewedSourceStore"/>).
/// </summary>
public static class TranslationsCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, IFileSystem fileSystem, IClock clock)
    {
        var site = new SiteOptions(fileSystem);
        var review = new Option<string[]>("--review") { Description = "Translation files to mark as reviewed against their source.", AllowMultipleArgumentsPerToken = true };
        var command = new Command("translations", "Show which translations are current, stale, draft or missing.") { review };
        site.AddTo(command);
        command.SetAction((parse, cancellationToken) =>
        {
            var options = new BuildOptions { InputDirectory = parse.GetValue(site.Input)!, ThemeDirectory = parse.GetValue(site.Theme)! };
            var (config, documents, diagnostics) = new SiteBuilder(fileSystem, clock).Read(options, cancellationToken);
            DiagnosticPrinter.Print(diagnostics, stderr);
            if (config is null)
            {
                return Task.FromResult(CliApp.ContentErrors);
            }

            var files = parse.GetValue(review) ?? [];
            var failed = diagnostics.Any(d => d.IsError);
            var unread = diagnostics.Where(d => d.IsError).Select(d => d.File).ToHashSet(StringComparer.Ordinal);
            documents = [.. documents.Where(d => !unread.Contains(d.File))];
            if (failed)
            {
                stderr.WriteLine("The report below leaves out the files with errors (see above).");
            }

            var store = ReviewedSourceStore.In(fileSystem, options.InputDirectory);
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
                    failed = true;
                }
                else
                {
                    reviewed[translation!] = source!.ContentHash;
                    stdout.WriteLine($"reviewed {file}");
                }
            }

            if (reviewed.Count > 0 && unread.Count == 0)
            {
                // a file with errors may refer to a kept text: only when every file was read are the others removed
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
                    failed = true;
                }
            }

            if (files.Length == 0)
            {
                stdout.Write(TranslationMatrix.Format(new TranslationAuditor(options.Display, store).Audit(documents, config, cancellationToken), config));
            }

            return Task.FromResult(diagnostics.Any(d => d.Code == DiagnosticCodes.InternalError) ? CliApp.InternalError : failed ? CliApp.ContentErrors : CliApp.Success);
        });
        return command;
    }

    private static ParsedDocument SourceOf(ParsedDocument translation, IEnumerable<ParsedDocument> documents, SiteConfig config)
    {
        var key = TranslationGrouper.KeyOf(translation);
        var group = documents.Where(d => TranslationGrouper.KeyOf(d) == key)
            .GroupBy(d => d.Language).ToDictionary(g => g.Key, g => g.OrderBy(d => d.File, StringComparer.Ordinal).First());
        return group.GetValueOrDefault(config.DefaultLanguage) ?? config.Languages.Select(l => group.GetValueOrDefault(l.Code)).First(d => d is not null)!;
    }
}
