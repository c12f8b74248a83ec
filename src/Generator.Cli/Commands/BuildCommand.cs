using System.CommandLine;
using Generator.Build;
using Generator.IO;

namespace Generator.Cli.Commands;

/// <summary><c>build [--input DIR] [--theme DIR] [--output DIR] [--base-url URL] [--drafts] [--future]</c>.</summary>
public static class BuildCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, IFileSystem fileSystem, IClock clock)
    {
        var site = new SiteOptions(fileSystem);
        var output = new Option<string>("--output") { Description = "Folder to write the site to; replaced only when the build succeeds.", DefaultValueFactory = _ => "public" };
        var baseUrl = new Option<string?>("--base-url") { Description = "Replaces baseUrl from site.yml (e.g. a deploy preview's URL)." };
        var drafts = new Option<bool>("--drafts") { Description = "Also publish documents marked draft: true." };
        var future = new Option<bool>("--future") { Description = "Also publish documents whose publishDate is in the future." };
        var timings = new Option<bool>("--timings") { Description = "Print how long each stage took." };
        var recordUrls = new Option<bool>("--record-urls") { Description = "After a successful build, add the pages' URLs to input/published-urls.txt (commit it)." };
        var noPdf = new Option<bool>("--no-pdf") { Description = "Do not print the PDFs of record (site.yml's pdf: true); pages then omit the PDF link." };
        var cache = new Option<string?>("--cache") { Description = "Folder one build keeps for the next (the build record, printed PDFs); default .cache beside the output folder." };
        var noCache = new Option<bool>("--no-cache") { Description = "Neither read nor write the build cache: every stage runs and every PDF is printed." };
        var command = new Command("build", "Build the site into the output folder.") { output, baseUrl, drafts, future, timings, recordUrls, noPdf, cache, noCache };
        site.AddTo(command);
        command.Validators.Add(result =>
        {
            if (result.GetValue(recordUrls) && (result.GetValue(drafts) || result.GetValue(future)))
            {
                result.AddError("--record-urls records what a published build makes: leave out --drafts and --future");
            }

            if (result.GetValue(noCache) && result.GetResult(cache) is not null)
            {
                result.AddError("--no-cache and --cache contradict each other: give one of them");
            }

            if (Given(result, output) is { } target && Given(result, site.Input) is { } input && Given(result, site.Theme) is { } theme
                && Publishing.OutputFolder.Problem(target, input, theme) is { } problem)
            {
                result.AddError($"--output: {problem}; the site needs a folder of its own, e.g. --output public");
            }
        });
        command.SetAction((parse, cancellationToken) =>
        {
            var options = new BuildOptions
            {
                InputDirectory = parse.GetValue(site.Input)!,
                ThemeDirectory = parse.GetValue(site.Theme)!,
                OutputDirectory = parse.GetValue(output)!,
                BaseUrl = parse.GetValue(baseUrl),
                IncludeDrafts = parse.GetValue(drafts),
                IncludeFuture = parse.GetValue(future),
                RecordUrls = parse.GetValue(recordUrls),
                PrintPdf = !parse.GetValue(noPdf),
                CacheDirectory = parse.GetValue(noCache) ? string.Empty : parse.GetValue(cache),
            };
            var result = new SiteBuilder(fileSystem, clock).Build(options, cancellationToken);
            DiagnosticPrinter.Print(result.Diagnostics, stderr);
            stdout.WriteLine(Summary.Describe(result, options));
            if (parse.GetValue(timings))
            {
                foreach (var stage in result.Statistics.Stages)
                {
                    stdout.WriteLine($"  {stage.Stage,-10} {stage.Elapsed.TotalMilliseconds,8:0.0} ms");
                }

                stdout.WriteLine(GarbageCollection());
            }

            return Task.FromResult(CliApp.ExitCode(result.Diagnostics));
        });
        return command;
    }

    /// <summary>An option's value, or null when the command line gives it without one (the parser reports that).</summary>
    private static string? Given(System.CommandLine.Parsing.CommandResult result, Option<string> option)
    {
        try
        {
            return result.GetValue(option);
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>What the runtime's garbage collector did in this process: collections, time paused, bytes allocated.</summary>
    private static string GarbageCollection() => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"  gc: {GC.CollectionCount(0)} collections (gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}), {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms paused, {GC.GetTotalAllocatedBytes() / 1073741824.0:0.00} GiB allocated");
}
