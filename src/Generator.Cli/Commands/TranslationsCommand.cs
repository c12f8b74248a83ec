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
/// in each given translation the hash of its source as it is now, marking it current.
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

            foreach (var file in files)
            {
                var full = Path.GetFullPath(file);
                var translation = documents.FirstOrDefault(d => Path.GetFullPath(d.Source.FullPath) == full);
                var problem = translation is null
                    ? unread.Contains(Path.GetRelativePath(Directory.GetCurrentDirectory(), full).Replace('\\', '/')) ? $"{file} has errors (see above); fix them before reviewing it" : $"{file} is not a content document"
                    : new TranslationReviewer(fileSystem).Review(file, translation, SourceOf(translation, documents, config));
                if (problem is not null)
                {
                    stderr.WriteLine("error: " + problem);
                    failed = true;
                }
                else
                {
                    stdout.WriteLine($"reviewed {file}");
                }
            }

            if (files.Length == 0)
            {
                stdout.Write(TranslationMatrix.Format(new TranslationAuditor(options.Display).Audit(documents, config), config));
            }

            return Task.FromResult(diagnostics.Any(d => d.Code == DiagnosticCodes.InternalError) ? CliApp.InternalError : failed ? CliApp.ContentErrors : CliApp.Success);
        });
        return command;
    }

    private static ParsedDocument SourceOf(ParsedDocument translation, IEnumerable<ParsedDocument> documents, SiteConfig config)
    {
        var key = TranslationGrouper.KeyOf(translation);
        var group = documents.Where(d => TranslationGrouper.KeyOf(d) == key).ToDictionary(d => d.Language, d => d);
        return group.GetValueOrDefault(config.DefaultLanguage) ?? config.Languages.Select(l => group.GetValueOrDefault(l.Code)).First(d => d is not null)!;
    }
}
