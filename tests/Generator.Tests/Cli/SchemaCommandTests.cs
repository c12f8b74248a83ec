using Generator.Cli;
using Generator.IO;
using Generator.Tests.Support;

namespace Generator.Tests.Cli;

/// <summary>
/// <c>schema</c> writes one JSON Schema per page type and maps each to its content files in VS
/// Code's settings, keeping the settings it does not own; site.yml errors exit with 1, a wrong
/// command line with 2.
/// </summary>
public sealed class SchemaCommandTests
{
    private const string SiteYml = "baseUrl: https://example.org/\nlanguages:\n  en: { name: English }\ntypes:\n  news: { kind: document }\n  topic: { kind: entity }\nsections:\n  news: { type: news }\n  topics: { type: topic }\n  themes: { type: topic }\n";

    private static async Task<(int Code, string Out, string Err)> Schema(params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var code = await CliApp.RunAsync(["schema", .. args], stdout, stderr, new PhysicalFileSystem(), new FixedClock(TestBuild.Now), CancellationToken.None);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Writes_a_schema_per_type_and_maps_each_to_its_sections_in_the_settings()
    {
        using var site = new TempDirectory();
        site.Write("input/site.yml", SiteYml);
        var schemas = site.Combine(".vscode", "schemas");
        var settings = site.Combine(".vscode", "settings.json");

        var (code, output, errors) = await Schema("--input", site.Combine("input"), "--output", schemas, "--settings", settings);

        Assert.Equal(0, code);
        Assert.Equal("", errors);
        Assert.Equal(
            string.Join("\n", new[] { "news", "topic", "page", "term" }.Select(t => Path.Combine(schemas, t + ".schema.json")).Append(settings)) + "\n",
            output);
        Assert.Contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"", File.ReadAllText(Path.Combine(schemas, "topic.schema.json")));
        Assert.Equal("""
            {
              "yaml.schemas": {
                "./.vscode/schemas/news.schema.json": [
                  "input/content/news/**/*.md",
                  "input/content/en/news/**/*.md"
                ],
                "./.vscode/schemas/topic.schema.json": [
                  "input/content/themes/**/*.md",
                  "input/content/topics/**/*.md",
                  "input/content/en/themes/**/*.md",
                  "input/content/en/topics/**/*.md"
                ],
                "./.vscode/schemas/page.schema.json": [
                  "input/content/*.md",
                  "input/content/en/*.md"
                ],
                "./.vscode/schemas/term.schema.json": [
                  "input/content/tags/**/*.md",
                  "input/content/en/tags/**/*.md"
                ]
              }
            }

            """, File.ReadAllText(settings));
    }

    [Fact]
    public async Task Keeps_the_other_settings_and_mappings_and_replaces_its_own_when_the_model_changes()
    {
        using var site = new TempDirectory();
        site.Write("input/site.yml", SiteYml);
        var settings = site.Write(".vscode/settings.json", """
            {
              // the editor's own settings stay
              "editor.rulers": [100],
              "yaml.schemas": {
                "https://json.schemastore.org/github-workflow.json": ".github/workflows/*.yml",
                "./.vscode/schemas/event.schema.json": ["input/content/events/**/*.md"],
              },
            }
            """);
        var arguments = new[] { "--input", site.Combine("input"), "--output", site.Combine(".vscode", "schemas"), "--settings", settings };

        var (code, _, _) = await Schema(arguments);
        var first = File.ReadAllText(settings);
        var (again, _, _) = await Schema(arguments);

        Assert.Equal(0, code);
        Assert.Equal(0, again);
        Assert.Equal(first, File.ReadAllText(settings));
        Assert.StartsWith("{\n  \"editor.rulers\": [\n    100\n  ],\n  \"yaml.schemas\": {\n    \"https://json.schemastore.org/github-workflow.json\": \".github/workflows/*.yml\",\n    \"./.vscode/schemas/news.schema.json\": [", first);
        Assert.DoesNotContain("event.schema.json", first);
    }

    [Fact]
    public async Task With_no_settings_writes_the_schemas_only()
    {
        using var site = new TempDirectory();
        site.Write("input/site.yml", SiteYml);

        var (code, output, _) = await Schema("--input", site.Combine("input"), "--output", site.Combine("out"), "--settings", site.Combine(".vscode", "settings.json"), "--no-settings");

        Assert.Equal(0, code);
        Assert.Equal(4, output.Trim().Split('\n').Length);
        Assert.False(File.Exists(site.Combine(".vscode", "settings.json")));
    }

    [Fact]
    public async Task A_site_yml_with_errors_is_reported_and_exits_with_1_writing_nothing()
    {
        using var site = new TempDirectory();
        site.Write("input/site.yml", SiteYml.Replace("topics: { type: topic }", "topics: { type: topc }", StringComparison.Ordinal));

        var (code, output, errors) = await Schema("--input", site.Combine("input"), "--output", site.Combine("out"), "--settings", site.Combine(".vscode", "settings.json"));

        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Contains("error GEN008: section 'topics' has the type 'topc', which 'types:' does not declare", errors);
        Assert.Contains("did you mean 'topic'?", errors);
        Assert.False(Directory.Exists(site.Combine("out")));
    }

    [Fact]
    public async Task A_settings_file_that_is_not_JSON_is_left_alone_and_exits_with_1()
    {
        using var site = new TempDirectory();
        site.Write("input/site.yml", SiteYml);
        var settings = site.Write(".vscode/settings.json", "{ \"editor.rulers\": [100 }");

        var (code, output, errors) = await Schema("--input", site.Combine("input"), "--output", site.Combine(".vscode", "schemas"), "--settings", settings);

        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Contains("cannot be updated: it is not valid JSON", errors);
        Assert.Equal("{ \"editor.rulers\": [100 }", File.ReadAllText(settings));
    }

    [Fact]
    public async Task A_settings_file_with_a_byte_order_mark_is_read_and_one_that_is_not_UTF_8_is_left_alone()
    {
        using var site = new TempDirectory();
        site.Write("input/site.yml", SiteYml);
        var withBom = site.Combine("a", ".vscode", "settings.json");
        var notUtf8 = site.Combine("b", ".vscode", "settings.json");
        Directory.CreateDirectory(Path.GetDirectoryName(withBom)!);
        Directory.CreateDirectory(Path.GetDirectoryName(notUtf8)!);
        File.WriteAllBytes(withBom, [0xEF, 0xBB, 0xBF, .. "{ \"editor.rulers\": [100] }"u8]);
        File.WriteAllBytes(notUtf8, [(byte)'{', 0xFF, (byte)'}']);

        var (read, _, _) = await Schema("--input", site.Combine("input"), "--output", site.Combine("a", ".vscode", "schemas"), "--settings", withBom);
        var (refused, _, errors) = await Schema("--input", site.Combine("input"), "--output", site.Combine("b", ".vscode", "schemas"), "--settings", notUtf8);

        Assert.Equal(0, read);
        Assert.StartsWith("{\n  \"editor.rulers\": [", File.ReadAllText(withBom));
        Assert.Equal(1, refused);
        Assert.Contains("it is not valid UTF-8", errors);
        Assert.Equal([(byte)'{', 0xFF, (byte)'}'], File.ReadAllBytes(notUtf8));
    }

    [Fact]
    public async Task A_wrong_command_line_exits_with_2()
    {
        using var site = new TempDirectory();
        site.Write("input/site.yml", SiteYml);
        var file = site.Write("a-file", "x");

        var (missing, _, missingErrors) = await Schema("--input", site.Combine("nowhere"));
        var (output, _, outputErrors) = await Schema("--input", site.Combine("input"), "--output", file);
        var (typo, _, typoErrors) = await Schema("--input", site.Combine("input"), "--outptu", site.Combine("out"));

        Assert.Equal(2, missing);
        Assert.Contains("--input", missingErrors);
        Assert.Equal(2, output);
        Assert.Contains("is a file", outputErrors);
        Assert.Equal(2, typo);
        Assert.Contains("Did you mean '--output'?", typoErrors);
    }
}
