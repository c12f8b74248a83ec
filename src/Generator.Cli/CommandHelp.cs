namespace Generator.Cli;

/// <summary>What <c>--help</c> adds after System.CommandLine's own text: examples of each command, and the exit codes.</summary>
public static class CommandHelp
{
    /// <summary>The exit codes, the second line in the command's own words.</summary>
    public static string ExitCodes(string command)
    {
        var errors = command switch
        {
            "check" => "the content, configuration or theme has errors; with --strict, warnings too",
            "translations" => "the content or configuration has errors, or a --review failed; with --strict, a translation is missing or stale",
            "init" => "the folder is not empty (init writes only into a new or empty folder)",
            _ => "the content, configuration or theme has errors (check --strict: warnings too)",
        };
        return $"""
            Exit codes:
              0  success
              1  {errors}
              2  the command line is wrong
              3  an internal error: a bug in the generator (please report it with the file it names)
            """;
    }

    /// <summary>Examples for a command (by name; the root command is ""), with the program's name as invoked.</summary>
    public static IReadOnlyList<(string Command, string What)> Examples(string command) => command switch
    {
        "init" =>
        [
            ("init my-site", "write a site in English, French and Dutch into my-site/ (then: cd my-site)"),
            ("init .", "the same into the current folder, when it is empty"),
        ],
        "build" =>
        [
            ("build", "build input/ with theme/ into public/"),
            ("build --base-url https://deploy-preview-12--site.netlify.app/", "build for another address"),
            ("build --drafts --future --output /tmp/preview", "also publish drafts and scheduled documents"),
            ("build --record-urls", "build, and add the pages' URLs to input/published-urls.txt"),
            ("build --timings", "print how long each stage took"),
        ],
        "check" =>
        [
            ("check", "report every problem without writing anything"),
            ("check --strict", "fail on warnings too (for CI)"),
            ("check --format sarif > check.sarif", "a report for code hosts' pull-request annotations"),
        ],
        "serve" =>
        [
            ("serve", "preview at http://127.0.0.1:1313/, rebuilding on every change"),
            ("serve --port 8080 --input other-site/input", "another port and site"),
        ],
        "new" =>
        [
            ("new guideline \"Housing for young migrants\"", "a draft input/content/guidelines/housing-for-young-migrants.en.md with every field of its type"),
            ("new news \"Forum in Brussels\" --lang en,fr,nl", "the same document in three languages, with each one's URL"),
            ("new page \"About us\"", "a page at the content's root"),
        ],
        "translations" =>
        [
            ("translations", "each translation's state, what changed in a stale one's source, and the next step"),
            ("translations --review input/content/news/item.fr.md", "mark a translation as checked against its source"),
            ("translations --strict", "exit 1 when a translation is missing or stale (for CI)"),
            ("translations --format json > translations.json", "the report for scripts (its shape is in the README)"),
        ],
        "schema" =>
        [
            ("schema", "write .vscode/schemas/<type>.schema.json and map them in .vscode/settings.json"),
            ("schema --no-settings --output /tmp/schemas", "write the schemas only, elsewhere"),
        ],
        _ =>
        [
            ("build", "build the site into public/"),
            ("serve", "preview while writing, with live reload"),
            ("check", "report every problem without writing anything"),
            ("init my-site", "start a new site in my-site/, in English, French and Dutch"),
            ("<command> --help", "what a command does, its options and examples"),
        ],
    };

    public static void Write(TextWriter output, string program, string command)
    {
        output.WriteLine("Examples:");
        var examples = Examples(command);
        var width = examples.Max(e => e.Command.Length) + program.Length + 3;
        foreach (var (line, what) in examples)
        {
            output.WriteLine($"  {(program + " " + line).PadRight(width)}{what}");
        }

        output.WriteLine();
        output.WriteLine(ExitCodes(command));
    }
}
