using System.Text.Json;
using System.Text.RegularExpressions;
using Generator.Tests.Support;

namespace Generator.Tests.Markdown;

/// <summary>
/// The examples of the CommonMark specification, read from the npm package <c>commonmark-spec</c>
/// (pinned in package.json to 0.31.2, the version Markdig 1.6.0 follows) as its index.js reads
/// them from spec.txt, with the spec's <c>→</c> turned back into tabs as cmark's test runner does.
/// </summary>
public static partial class CommonMarkSpec
{
    public const string Version = "0.31.2";

    // Lazy, so that a missing package fails each test with the message below rather than a type initializer's.
    private static readonly Lazy<IReadOnlyList<CommonMarkExample>> Loaded = new(Load);

    public static IReadOnlyList<CommonMarkExample> Examples => Loaded.Value;

    private static List<CommonMarkExample> Load()
    {
        var package = Path.Combine(Repo.Root, "node_modules", "commonmark-spec");
        var spec = Path.Combine(package, "spec.txt");
        if (!File.Exists(spec))
        {
            throw new InvalidOperationException(
                $"{spec} not found: the CommonMark examples come from the npm package commonmark-spec {Version}; run `npm ci --ignore-scripts --no-audit --no-fund` in {Repo.Root}");
        }

        var version = JsonDocument.Parse(File.ReadAllText(Path.Combine(package, "package.json"))).RootElement.GetProperty("version").GetString();
        if (version != Version)
        {
            throw new InvalidOperationException($"node_modules/commonmark-spec is {version}, package.json pins {Version}: run `npm ci --ignore-scripts --no-audit --no-fund`");
        }

        var text = File.ReadAllText(spec).ReplaceLineEndings("\n");
        var end = text.IndexOf("\n<!-- END TESTS -->", StringComparison.Ordinal);
        if (end >= 0)
        {
            text = text[..(end + 1)];
        }

        var examples = new List<CommonMarkExample>();
        var section = string.Empty;
        foreach (Match match in ExampleOrHeading().Matches(text))
        {
            if (match.Groups[3].Success)
            {
                section = match.Groups[3].Value;
                continue;
            }

            examples.Add(new CommonMarkExample(examples.Count + 1, section, match.Groups[1].Value.Replace('→', '\t'), match.Groups[2].Value.Replace('→', '\t')));
        }

        return examples;
    }

    // As index.js: /^`{32} example\n([\s\S]*?)^\.\n([\s\S]*?)^`{32}$|^#{1,6} *(.*)$/gm
    [GeneratedRegex(@"^`{32} example\n([\s\S]*?)^\.\n([\s\S]*?)^`{32}$|^#{1,6} *(.*)$", RegexOptions.Multiline)]
    private static partial Regex ExampleOrHeading();
}

/// <summary>One example of the specification: its number, its section, its Markdown and the HTML the spec expects.</summary>
public sealed record CommonMarkExample(int Number, string Section, string Markdown, string Html);
