using System.Text.RegularExpressions;
using Generator.Authoring;
using Generator.Cli;
using Generator.IO;
using Generator.Tests.Authoring;
using Generator.Tests.Support;

namespace Generator.Tests.Cli;

/// <summary>
/// <c>new</c> writes a draft with every field and relation of its type (or its archetype), in each
/// language asked for, prints each file with its URL, never overwrites, and answers a mistyped
/// section, type or language with a did-you-mean and exit code 2.
/// </summary>
public sealed class NewCommandTests
{
    private static async Task<(int Code, string Out, string Err)> Run(string input, string theme, params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var code = await CliApp.RunAsync([.. args, "--input", input, "--theme", theme],
            stdout, stderr, new PhysicalFileSystem(), new FixedClock(TestBuild.Now), CancellationToken.None);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static Task<(int Code, string Out, string Err)> New(TempDirectory site, params string[] args) =>
        Run(site.Combine("input"), site.Combine("theme"), ["new", .. args]);

    /// <summary><c>check --format json</c>: its exit code and each diagnostic as <c>file(line) severity code: message</c>.</summary>
    private static async Task<(int Code, List<string> Found)> Check(string input, string theme, params string[] extra)
    {
        var (code, output, _) = await Run(input, theme, ["check", "--format", "json", .. extra]);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        return (code, [.. json.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d =>
            $"{Path.GetFileName(d.GetProperty("file").GetString())}({d.GetProperty("line").GetInt32()}) {d.GetProperty("severity").GetString()} {d.GetProperty("code").GetString()}: {d.GetProperty("message").GetString()}")]);
    }

    private static string Content(TempDirectory site, params string[] parts) => site.Combine(["input", "content", .. parts]);

    private static void Replace(string file, string pattern, string replacement) =>
        File.WriteAllText(file, Regex.Replace(File.ReadAllText(file), pattern, replacement, RegexOptions.Multiline));

    [Fact]
    public async Task Writes_every_field_of_the_type_in_each_language_and_prints_the_URL_each_will_have()
    {
        using var site = ModelSite.Create();

        var (code, output, error) = await New(site, "reports", "Annual report 2026", "--lang", "en,fr");

        Assert.True(code == 0, error);
        var en = Content(site, "reports", "annual-report-2026.en.md");
        var fr = Content(site, "reports", "annual-report-2026.fr.md");
        Assert.Equal($"{en} -> https://example.org/docs/en/reports/annual-report-2026/\n{fr} -> https://example.org/docs/fr/rapports/annual-report-2026/\n", output);
        var model = TestConfig.Read(ModelSite.SiteYml).Model;
        Assert.Equal(FrontMatterComposer.Compose(model.Type("report")!, "Annual report 2026", TestBuild.Now, model.Taxonomies), File.ReadAllText(en));
        Assert.Equal(File.ReadAllText(en), File.ReadAllText(fr));
    }

    [Fact]
    public async Task The_URL_printed_is_the_one_the_build_gives_even_with_a_slug_from_an_archetype()
    {
        using var site = ModelSite.Create();
        site.Write("input/content/people/ada.en.md", "---\ntitle: Ada\n---\n");
        site.Write("input/archetypes/report.md", "---\ntitle: {{title}}\nslug: rapport-{{slug}}\naudience: public\nlead: Ada\nchair: ada\n---\n");

        var (code, output, _) = await New(site, "report", "Annual report", "--lang", "fr");
        var build = TestBuild.Run(site.Path, site.Combine("public"), includeDrafts: true);

        Assert.Equal(0, code);
        Assert.EndsWith(" -> https://example.org/docs/fr/rapports/rapport-annual-report/\n", output);
        Assert.True(File.Exists(site.Combine("public", "fr", "rapports", "rapport-annual-report", "index.html")), TestBuild.Describe(build));
    }

    [Fact]
    public async Task A_new_document_passes_check_but_for_its_summary_and_the_required_fields_it_leaves_empty()
    {
        using var site = ModelSite.Create();
        site.Write("input/content/people/ada.en.md", "---\ntitle: Ada\n---\n");
        await New(site, "report", "Annual report");
        var file = Content(site, "reports", "annual-report.en.md");

        var (fresh, found) = await Check(site.Combine("input"), site.Combine("theme"));

        Assert.Equal(1, fresh);
        Assert.Equal(
        [
            "annual-report.en.md(5) warning GEN066: the summary is still the placeholder 'new' wrote",
            "annual-report.en.md(7) error GEN064: 'audience' is empty, and pages of type 'report' need it",
            "annual-report.en.md(9) error GEN064: 'lead' is empty, and pages of type 'report' need it",
            "annual-report.en.md(10) error GEN064: 'chair' is empty, and pages of type 'report' need it",
        ], found);

        Replace(file, "^audience:.*$", "audience: public");
        Replace(file, "^lead:.*$", "lead: Ada");
        Replace(file, "^chair:.*$", "chair: ada");
        var (filled, warnings) = await Check(site.Combine("input"), site.Combine("theme"));
        var (strict, _) = await Check(site.Combine("input"), site.Combine("theme"), "--strict");

        Assert.Equal(0, filled);
        Assert.Equal(["annual-report.en.md(5) warning GEN066: the summary is still the placeholder 'new' wrote"], warnings);
        Assert.Equal(1, strict);

        Replace(file, "^summary:.*$", "summary: The year in one sentence.");
        var (written, none) = await Check(site.Combine("input"), site.Combine("theme"), "--strict");

        Assert.Equal(0, written);
        Assert.Empty(none);
    }

    [Fact]
    public async Task On_the_real_site_a_guideline_in_three_languages_passes_check_but_for_its_summaries()
    {
        using var site = new TempDirectory();
        foreach (var file in Directory.GetFiles(Path.Combine(Repo.Root, "input"), "*", SearchOption.AllDirectories))
        {
            var copy = site.Combine("input", Path.GetRelativePath(Path.Combine(Repo.Root, "input"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        var theme = Path.Combine(Repo.Root, "theme");

        var (code, output, _) = await Run(site.Combine("input"), theme, "new", "guideline", "Housing for young migrants", "--lang", "en,fr,nl");

        Assert.Equal(0, code);
        Assert.Equal(
            $"{Content(site, "guidelines", "housing-for-young-migrants.en.md")} -> https://migration-integration.netlify.app/en/guidelines/housing-for-young-migrants/\n"
            + $"{Content(site, "guidelines", "housing-for-young-migrants.fr.md")} -> https://migration-integration.netlify.app/fr/lignes-directrices/housing-for-young-migrants/\n"
            + $"{Content(site, "guidelines", "housing-for-young-migrants.nl.md")} -> https://migration-integration.netlify.app/nl/richtlijnen/housing-for-young-migrants/\n",
            output);
        var config = TestConfig.Read(File.ReadAllText(Path.Combine(Repo.Root, "input", "site.yml")));
        Assert.Equal(FrontMatterComposer.Compose(config.Model.Type("guideline")!, "Housing for young migrants", TestBuild.Now, config.Model.Taxonomies),
            File.ReadAllText(Content(site, "guidelines", "housing-for-young-migrants.nl.md")));

        var (checkCode, found) = await Check(site.Combine("input"), theme);
        var (strict, _) = await Check(site.Combine("input"), theme, "--strict");

        Assert.True(checkCode == 0, string.Join("\n", found));
        Assert.Equal(["en", "fr", "nl"], found.Select(f => Assert.Single(Regex.Matches(f, @"^housing-for-young-migrants\.(\w+)\.md\(5\) warning GEN066: ")).Groups[1].Value));
        Assert.Equal(1, strict);
    }

    [Fact]
    public async Task Translations_it_creates_are_not_marked_reviewed()
    {
        using var site = ModelSite.Create();
        await New(site, "person", "Ada", "--lang", "en,fr");
        foreach (var language in new[] { "en", "fr" })
        {
            Replace(Content(site, "people", $"ada.{language}.md"), @"^draft: true\n", string.Empty);
        }

        var (code, output, error) = await Run(site.Combine("input"), site.Combine("theme"), "translations");

        Assert.True(code == 0, error);
        Assert.DoesNotContain("sourceHash", File.ReadAllText(Content(site, "people", "ada.fr.md")));
        Assert.Matches(@"\n  fr  untracked ", output);
    }

    [Fact]
    public async Task The_site_s_archetype_overrides_the_theme_s_with_its_placeholders_filled_and_never_a_review_mark()
    {
        using var site = ModelSite.Create();
        site.Write("theme/archetypes/report.md", "---\ntitle: {{title}}\n---\nThe theme's.\n");
        site.Write("theme/archetypes/default.md", "---\ntitle: {{title}}\n---\nThe theme's default, for a {{type}}.\n");
        site.Write("input/archetypes/report.md",
            "---\ntitle: {{ title }}\ndate: {{date}}\nsummary: {{summary}}\n{{fields}}\nsourceHash: 0123456789abcdef\n---\n\n<!-- {{lang}}: {{slug}}, a {{type}} in {{section}} -->\n");

        var (code, _, error) = await New(site, "report", "Annual report", "--lang", "en,fr");
        var (person, _, _) = await New(site, "person", "Ada");

        Assert.True(code == 0, error);
        Assert.Equal(0, person);
        var reportModel = TestConfig.Read(ModelSite.SiteYml).Model;
        var fields = FrontMatterComposer.Fields(reportModel.Type("report")!, reportModel.Taxonomies);
        Assert.Equal(
            "---\ntitle: \"Annual report\"\ndate: 2026-01-01\nsummary: \"TODO: one or two sentences for lists and search\"\n" + fields
            + "---\n\n<!-- fr: annual-report, a report in reports -->\n",
            File.ReadAllText(Content(site, "reports", "annual-report.fr.md")));
        Assert.EndsWith("<!-- en: annual-report, a report in reports -->\n", File.ReadAllText(Content(site, "reports", "annual-report.en.md")));
        Assert.Equal("---\ntitle: \"Ada\"\n---\nThe theme's default, for a person.\n", File.ReadAllText(Content(site, "people", "ada.en.md")));
    }

    [Fact]
    public async Task An_unknown_placeholder_in_an_archetype_is_an_error_at_its_place_and_nothing_is_written()
    {
        using var site = ModelSite.Create();
        var archetype = site.Write("input/archetypes/report.md", "---\ntitle: {{title}}\nauthor: {{author}}\n---\n");

        var (code, _, error) = await New(site, "report", "Annual report");

        Assert.Equal(1, code);
        Assert.Equal($"error: {archetype}(3,9): unknown placeholder '{{{{author}}}}' in the archetype\n"
            + "    hint: the placeholders are: {{title}}, {{date}}, {{lang}}, {{slug}}, {{type}}, {{section}}, {{summary}}, {{fields}}\n", error);
        Assert.False(Directory.Exists(Content(site, "reports")));
    }

    [Fact]
    public async Task Refuses_to_overwrite_any_file_and_then_writes_none()
    {
        using var site = ModelSite.Create();
        var fr = site.Write("input/content/reports/annual-report.fr.md", "mine");
        var ada = site.Write("input/content/people/ada.md", "mine too");

        var (code, output, error) = await New(site, "report", "Annual report", "--lang", "en,fr");
        var (unsuffixed, _, unsuffixedError) = await New(site, "person", "Ada");

        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Equal($"error: {fr} exists already, and 'new' never overwrites a file\n    hint: edit the existing file, or choose another title\n", error);
        Assert.Equal("mine", File.ReadAllText(fr));
        Assert.False(File.Exists(Content(site, "reports", "annual-report.en.md")));
        Assert.Equal(1, unsuffixed);
        Assert.StartsWith($"error: {ada} exists already", unsuffixedError);
        Assert.Equal("mine too", File.ReadAllText(ada));
    }

    [Fact]
    public async Task Refuses_a_page_that_exists_in_its_language_s_folder_and_writes_suffixed_files()
    {
        using var site = ModelSite.Create();
        var fr = site.Write("input/content/fr/reports/annual-report.md", "mine");

        var (code, _, error) = await New(site, "report", "Annual report", "--lang", "en,fr");
        var (written, _, _) = await New(site, "report", "Other report", "--lang", "fr");

        Assert.Equal(1, code);
        Assert.StartsWith($"error: {fr} exists already", error);
        Assert.Equal("mine", File.ReadAllText(fr));
        Assert.False(File.Exists(Content(site, "reports", "annual-report.en.md")));
        Assert.Equal(0, written);
        Assert.True(File.Exists(Content(site, "reports", "other-report.fr.md")));
    }

    [Theory]
    [InlineData("reprot", "A title", "en", "'reprot' is neither a section nor a page type of this site\n    hint: did you mean 'report'?")]
    [InlineData("recipe", "A title", "en", "'recipe' is neither a section nor a page type of this site\n    hint: the sections are: people, reports; the types: page, person, report")]
    [InlineData("reports", "A title", "en,fe", "'fe' is not a language of this site\n    hint: did you mean 'fr'?")]
    [InlineData("reports", "A title", ",", "no language given\n    hint: the site's languages are: en, fr")]
    [InlineData("reports", "?!", "en", "the title '?!' has no letters or digits to make a file name from\n    hint: give a title with words, e.g. \"Housing for young migrants\"")]
    public async Task A_wrong_argument_is_a_usage_error_with_a_did_you_mean_and_writes_nothing(string target, string title, string languages, string expected)
    {
        using var site = ModelSite.Create();

        var (code, output, error) = await New(site, target, title, "--lang", languages);

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal($"error: {expected}\nRun '{CliApp.ProgramName} new --help' for usage and examples.\n", error);
        Assert.False(Directory.Exists(Content(site)));
    }

    [Fact]
    public async Task A_type_no_section_holds_is_an_error_and_a_page_goes_to_the_content_root()
    {
        using var site = ModelSite.Create();
        site.Write("input/site.yml", ModelSite.SiteYml.Replace("  person: { kind: entity }\n", "  person: { kind: entity }\n  memo: { kind: document }\n"));

        var (memo, _, memoError) = await New(site, "memo", "A memo");
        var (page, output, _) = await New(site, "page", "About us");

        Assert.Equal(1, memo);
        Assert.Contains("no section of ", memoError);
        Assert.Contains(" holds pages of type 'memo'\n    hint: add a section with 'type: memo' under 'sections:', or name a section\n", memoError);
        Assert.Equal(0, page);
        Assert.Equal($"{Content(site, "about-us.en.md")} -> https://example.org/docs/en/about-us/\n", output);
    }

    [Fact]
    public async Task A_very_long_title_makes_a_file_name_a_file_system_takes()
    {
        using var site = ModelSite.Create();

        var (code, output, _) = await New(site, "reports", string.Join(' ', Enumerable.Repeat("integration", 40)));

        Assert.Equal(0, code);
        var name = Path.GetFileName(output[..output.IndexOf(" -> ", StringComparison.Ordinal)]);
        Assert.True(name.Length <= 80 + ".en.md".Length, name);
        Assert.EndsWith("integration.en.md", name);
    }
}
