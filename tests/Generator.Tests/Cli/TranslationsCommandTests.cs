using System.Text.Json;
using System.Text.RegularExpressions;
using Generator.Cli;
using Generator.IO;
using Generator.Tests.Support;

namespace Generator.Tests.Cli;

/// <summary>
/// <c>translations</c>: the report covers source, current, stale, untracked, draft and missing,
/// naming each version's file (and the file to create for a missing one); <c>--review</c> records
/// the source's hash, a later edit of the source makes the translation stale, and the stale page
/// tells the reader, with a link to the original.
/// </summary>
public sealed class TranslationsCommandTests
{
    private static TempDirectory Site()
    {
        var site = new TempDirectory();
        site.Write("input/site.yml", "baseUrl: https://example.org/\nlanguages:\n  en: { name: English }\n  fr: { name: Français }\n  nl: { name: Nederlands }\nsections:\n  news: { type: news }\n");
        site.Write("input/content/news/reviewed.en.md", "---\ntitle: Reviewed\nupdated: 2026-01-01\n---\nThe original text.\n");
        site.Write("input/content/news/reviewed.fr.md", "---\ntitle: Relu\n---\nLe texte traduit.\n");
        site.Write("input/content/news/reviewed.nl.md", "---\ntitle: Nagelezen\nsourceHash: 0000000000000000\n---\nDe vertaalde tekst.\n");
        site.Write("input/content/news/alone.en.md", "---\ntitle: Alone\n---\nOnly English.\n");
        site.Write("input/content/news/drafted.en.md", "---\ntitle: Drafted\n---\nText.\n");
        site.Write("input/content/news/drafted.fr.md", "---\ntitle: Brouillon\ndraft: true\n---\nTexte.\n");
        site.Write("theme/layouts/base.html", "{{ content }}");
        site.Write("theme/layouts/single.html", "{{ page.lang }} stale={{ page.is_stale }} source={{ page.source_url }} updated={{ date page.source_updated 'yyyy-MM-dd' }}\n");
        site.Write("theme/layouts/list.html", "list\n");
        site.Write("theme/i18n/en.yml", "x: y\n");
        return site;
    }

    private static async Task<(int Code, string Out, string Err)> Run(TempDirectory site, params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter();
        var code = await CliApp.RunAsync([.. args, "--input", site.Combine("input"), "--theme", site.Combine("theme")],
            stdout, stderr, new PhysicalFileSystem(), new FixedClock(TestBuild.Now), CancellationToken.None);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>How the report names the content folder: relative to the current folder, as diagnostics do.</summary>
    private static string ContentFolder(TempDirectory site) =>
        Path.GetRelativePath(Directory.GetCurrentDirectory(), site.Combine("input", "content")).Replace('\\', '/');

    /// <summary>How the report names the input folder.</summary>
    private static string InputFolder(TempDirectory site) =>
        Path.GetRelativePath(Directory.GetCurrentDirectory(), site.Combine("input")).Replace('\\', '/');

    /// <summary>The command the next steps give to mark a translation reviewed (with the folders the tests pass).</summary>
    private static string ReviewCommand(TempDirectory site) =>
        $"{CliApp.ProgramName} translations --input {site.Combine("input")} --theme {site.Combine("theme")} --review";

    /// <summary>The source's hash the first next step that sets one names.</summary>
    private static string SourceHash(string report) => Regex.Match(report, @"it sets sourceHash: (\w+)").Groups[1].Value;

    [Fact]
    public async Task The_report_names_every_version_s_file_and_the_file_to_create_for_a_missing_one_with_the_next_step()
    {
        using var site = Site();
        var content = ContentFolder(site);
        var review = ReviewCommand(site);

        var (code, report, _) = await Run(site, "translations");

        Assert.Equal(0, code);
        Assert.StartsWith(
            "news/alone\n" +
            $"  en  source     {content}/news/alone.en.md\n" +
            $"  fr  missing    {content}/news/alone.fr.md (to create)\n" +
            $"      next: create {content}/news/alone.fr.md, translated from {content}/news/alone.en.md, then run `{review} {content}/news/alone.fr.md`\n" +
            $"  nl  missing    {content}/news/alone.nl.md (to create)\n" +
            $"      next: create {content}/news/alone.nl.md, translated from {content}/news/alone.en.md, then run `{review} {content}/news/alone.nl.md`\n" +
            "news/drafted\n" +
            $"  en  source     {content}/news/drafted.en.md\n" +
            $"  fr  draft      {content}/news/drafted.fr.md\n" +
            $"      next: finish {content}/news/drafted.fr.md from {content}/news/drafted.en.md and remove draft: true, then run `{review} {content}/news/drafted.fr.md`\n" +
            $"  nl  missing    {content}/news/drafted.nl.md (to create)\n" +
            $"      next: create {content}/news/drafted.nl.md, translated from {content}/news/drafted.en.md, then run `{review} {content}/news/drafted.nl.md`\n" +
            "news/reviewed\n" +
            $"  en  source     {content}/news/reviewed.en.md\n" +
            $"  fr  untracked  {content}/news/reviewed.fr.md\n" +
            $"      next: compare {content}/news/reviewed.fr.md with {content}/news/reviewed.en.md, then run `{review} {content}/news/reviewed.fr.md` (it sets sourceHash: {SourceHash(report)})\n" +
            $"  nl  stale      {content}/news/reviewed.nl.md\n" +
            $"      what changed cannot be shown: {InputFolder(site)}/.translations/ keeps no copy of the source as it was reviewed (sourceHash: 0000000000000000); compare with the whole of {content}/news/reviewed.en.md\n" +
            $"      next: update {content}/news/reviewed.nl.md for the changes in {content}/news/reviewed.en.md, then run `{review} {content}/news/reviewed.nl.md` (it sets sourceHash: {SourceHash(report)})\n" +
            "\n" +
            "current:      0  reviewed against the source as it is now: nothing to do\n" +
            "stale:        1  reviewed against an older version of the source, which has changed since\n" +
            "untracked:    1  never reviewed: it records no sourceHash, so whether it matches the source is not known\n" +
            "draft:        1  marked draft: true, so it is not published\n" +
            "missing:      3  not translated: readers get the original on a fallback page (or no page, where the language does not fall back)\n",
            report);
        Assert.Matches("^[0-9a-f]{16}$", SourceHash(report));
    }

    [Fact]
    public async Task A_missing_translation_of_a_document_joined_by_translation_key_is_named_by_the_key()
    {
        using var site = Site();
        site.Write("input/content/news/long-name.en.md", "---\ntitle: Long\ntranslationKey: news/short\n---\nText.\n");
        site.Write("input/content/news/short.fr.md", "---\ntitle: Court\n---\nTexte.\n");
        site.Write("input/content/news/about-us.en.md", "---\ntitle: About\ntranslationKey: about\n---\nText.\n");
        var content = ContentFolder(site);

        var (code, report, _) = await Run(site, "translations");

        Assert.Equal(0, code);
        Assert.Contains($"news/short\n  en  source     {content}/news/long-name.en.md\n  fr  untracked  {content}/news/short.fr.md\n", report);
        Assert.Contains($"  nl  missing    {content}/news/short.nl.md (to create)\n", report);
        Assert.Contains($"about\n  en  source     {content}/news/about-us.en.md\n  fr  missing    {content}/news/about-us.fr.md (to create, with translationKey: about)\n", report);
        Assert.Contains($"      next: create {content}/news/about-us.fr.md with translationKey: about, translated from {content}/news/about-us.en.md, then run", report);
    }

    [Fact]
    public async Task Review_makes_a_translation_current_until_its_source_changes()
    {
        using var site = Site();
        var content = ContentFolder(site);

        var french = site.Combine("input", "content", "news", "reviewed.fr.md");
        var (reviewed, said, _) = await Run(site, "translations", "--review", french, site.Combine("input", "content", "news", "reviewed.nl.md"));
        Assert.Equal(0, reviewed);
        Assert.Contains("reviewed", said);
        var report = (await Run(site, "translations")).Out;
        Assert.Contains($"  fr  current    {content}/news/reviewed.fr.md\n  nl  current    {content}/news/reviewed.nl.md\n", report);

        File.AppendAllText(site.Combine("input", "content", "news", "reviewed.en.md"), "A new paragraph.\n");
        report = (await Run(site, "translations")).Out;
        Assert.Contains($"  fr  stale      {content}/news/reviewed.fr.md\n", report);
        Assert.Contains($"  nl  stale      {content}/news/reviewed.nl.md\n", report);

        var (built, _, errors) = await Run(site, "build", "--output", site.Combine("public"));
        Assert.True(built == 0, errors);
        Assert.Equal("fr stale=true source=/en/news/reviewed/ updated=2026-01-01\n", File.ReadAllText(site.Combine("public", "fr", "news", "reviewed", "index.html")));
        Assert.StartsWith("en stale=false", File.ReadAllText(site.Combine("public", "en", "news", "reviewed", "index.html")));

        var kept = Directory.GetFiles(site.Combine("input", ".translations"));
        Assert.Single(kept);
        Assert.Equal(0, (await Run(site, "translations", "--review", french, site.Combine("input", "content", "news", "reviewed.nl.md"))).Code);
        var keptNow = Assert.Single(Directory.GetFiles(site.Combine("input", ".translations")));
        Assert.NotEqual(kept[0], keptNow);
        Assert.Contains("A new paragraph.", File.ReadAllText(keptNow));
    }

    [Fact]
    public async Task Review_replaces_a_source_hash_written_in_another_case_rather_than_adding_a_second()
    {
        using var site = Site();
        var dutch = site.Combine("input", "content", "news", "reviewed.nl.md");
        File.WriteAllText(dutch, "---\ntitle: Nagelezen\nSourceHash: 0000000000000000\n---\nDe vertaalde tekst.\n");

        var (reviewed, _, err) = await Run(site, "translations", "--review", dutch);

        Assert.Equal(0, reviewed);
        Assert.Equal("", err);
        var text = File.ReadAllText(dutch);
        Assert.Single(Regex.Matches(text, "^sourcehash:", RegexOptions.Multiline | RegexOptions.IgnoreCase));
        Assert.DoesNotContain("0000000000000000", text);
    }

    [Fact]
    public async Task Review_of_a_toml_translation_writes_toml_before_its_tables_and_makes_it_current()
    {
        using var site = Site();
        var dutch = site.Combine("input", "content", "news", "reviewed.nl.md");
        File.WriteAllText(dutch, "+++\ntitle = \"Nagelezen\"\n[params]\nicon = \"star\"\n+++\nDe vertaalde tekst.\n");

        Assert.Equal(0, (await Run(site, "translations", "--review", dutch)).Code);
        var text = File.ReadAllText(dutch);
        Assert.Matches("^\\+\\+\\+\nsourceHash = \"[0-9a-f]{16}\"\ntitle = \"Nagelezen\"\n\\[params\\]\n", text);
        Assert.Equal(0, (await Run(site, "translations", "--review", dutch)).Code);
        Assert.Single(Regex.Matches(File.ReadAllText(dutch), "^sourceHash =", RegexOptions.Multiline));

        var (_, report, _) = await Run(site, "translations");
        Assert.Matches("  nl  current +[^\n]*reviewed.nl.md", report);
    }

    [Fact]
    public async Task Reviewing_a_source_text_is_refused()
    {
        using var site = Site();

        var (code, _, err) = await Run(site, "translations", "--review", site.Combine("input", "content", "news", "alone.en.md"));

        Assert.Equal(1, code);
        Assert.Contains("is the source text, not a translation", err);
    }

    [Fact]
    public async Task A_source_in_a_language_folder_joins_its_translations_and_a_missing_one_is_to_create_with_a_suffix_outside_the_folder()
    {
        using var site = Site();
        var content = ContentFolder(site);
        site.Write("input/content/en/news/folded.md", "---\ntitle: Folded\n---\nText.\n");
        site.Write("input/content/fr/news/folded.md", "---\ntitle: Plié\n---\nTexte.\n");

        var (code, report, _) = await Run(site, "translations");

        Assert.Equal(0, code);
        Assert.Contains(
            "news/folded\n" +
            $"  en  source     {content}/en/news/folded.md\n" +
            $"  fr  untracked  {content}/fr/news/folded.md\n",
            report);
        Assert.Contains($"  nl  missing    {content}/news/folded.nl.md (to create)\n", report);
    }

    [Fact]
    public async Task A_missing_translation_of_an_HTML_page_is_an_HTML_file_to_create()
    {
        using var site = Site();
        var content = ContentFolder(site);
        site.Write("input/content/news/plain.en.html", "---\ntitle: Plain\n---\n<p>Text.</p>\n");

        var (code, report, _) = await Run(site, "translations");

        Assert.Equal(0, code);
        Assert.Contains($"  fr  missing    {content}/news/plain.fr.html (to create)\n", report);
    }

    [Fact]
    public async Task Files_it_cannot_read_are_reported_not_counted_silently()
    {
        using var site = Site();
        site.Write("input/content/fr/news/alone.nl.md", "---\ntitle: Seul\n---\nTexte.\n");
        site.Write("input/content/news/bundle/index.en.md", "---\ntitle: Bundle\n---\n");

        var (code, output, errors) = await Run(site, "translations");

        Assert.Equal(1, code);
        Assert.Contains("input/content/fr/news/alone.nl.md(1,1): error GEN024", errors.Replace('\\', '/'));
        Assert.Contains("input/content/news/bundle/index.en.md(1,1): error GEN024", errors.Replace('\\', '/'));
        Assert.DoesNotContain("fr/news/alone", output);
        Assert.Contains("news/alone", output);
    }

    [Fact]
    public async Task A_file_with_errors_is_left_out_of_the_report_and_not_reviewed()
    {
        using var site = Site();
        site.Write("input/content/news/broken.fr.md", "---\ntitle: Cassé\ndate: [oops\n---\nTexte.\n");

        var (code, output, errors) = await Run(site, "translations");
        var (reviewed, _, reviewErrors) = await Run(site, "translations", "--review", site.Combine("input", "content", "news", "broken.fr.md"));

        Assert.Equal(1, code);
        Assert.Contains("error GEN010", errors);
        Assert.DoesNotContain("news/broken", output);
        Assert.Equal(1, reviewed);
        Assert.Contains("has errors", reviewErrors);
        Assert.DoesNotContain("reviewed", reviewErrors);
    }

    [Fact]
    public async Task A_stale_translation_shows_what_changed_in_its_source_since_its_review_and_the_hash_to_record()
    {
        using var site = Site();
        var content = ContentFolder(site);
        var french = site.Combine("input", "content", "news", "reviewed.fr.md");
        Assert.Equal(0, (await Run(site, "translations", "--review", french)).Code);

        site.Write("input/content/news/reviewed.en.md", "---\ntitle: Reviewed\nupdated: 2026-01-01\n---\nThe first text.\n\nA new paragraph.\n");
        var (code, report, _) = await Run(site, "translations");

        Assert.Equal(0, code);
        Assert.Contains(
            $"  fr  stale      {content}/news/reviewed.fr.md\n" +
            "      changed in the source since the review:\n" +
            "        ~ The [-original-]{+first+} text.\n" +
            "        + A new paragraph.\n" +
            $"      next: update {content}/news/reviewed.fr.md for the changes in {content}/news/reviewed.en.md, then run `{ReviewCommand(site)} {content}/news/reviewed.fr.md` (it sets sourceHash: {SourceHash(report)})\n",
            report);
    }

    [Fact]
    public async Task A_long_change_shows_its_first_lines_and_the_count_of_the_rest()
    {
        using var site = Site();
        Assert.Equal(0, (await Run(site, "translations", "--review", site.Combine("input", "content", "news", "reviewed.fr.md"))).Code);

        site.Write("input/content/news/reviewed.en.md", "---\ntitle: Reviewed\n---\nThe original text.\n\n" + string.Join("\n\n", Enumerable.Range(1, 9).Select(i => $"Paragraph {i}.")) + "\n");
        var report = (await Run(site, "translations")).Out;

        Assert.Contains("        + Paragraph 5.\n        … and 4 more changed lines\n", report);
        Assert.DoesNotContain("Paragraph 6.", report);
    }

    [Fact]
    public async Task The_json_report_has_every_version_s_state_file_changes_and_next_step()
    {
        using var site = Site();
        var content = ContentFolder(site);
        Assert.Equal(0, (await Run(site, "translations", "--review", site.Combine("input", "content", "news", "reviewed.fr.md"))).Code);
        site.Write("input/content/news/reviewed.en.md", "---\ntitle: Reviewed\n---\nThe first text.\n");

        var (code, output, _) = await Run(site, "translations", "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(["version", "defaultLanguage", "languages", "counts", "passesStrict", "documents", "diagnostics"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.Equal("en", root.GetProperty("defaultLanguage").GetString());
        Assert.Equal(["en", "fr", "nl"], root.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal("""{"current":0,"stale":2,"untracked":0,"draft":1,"missing":3}""", JsonSerializer.Serialize(root.GetProperty("counts")));
        Assert.False(root.GetProperty("passesStrict").GetBoolean());
        Assert.Equal(["news/alone", "news/drafted", "news/reviewed"], root.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("key").GetString()));

        var reviewed = root.GetProperty("documents")[2];
        Assert.Equal(["key", "sourceLanguage", "sourceFile", "sourceHash", "versions"], reviewed.EnumerateObject().Select(p => p.Name));
        Assert.Equal($"{content}/news/reviewed.en.md", reviewed.GetProperty("sourceFile").GetString());
        var sourceHash = reviewed.GetProperty("sourceHash").GetString();
        var versions = reviewed.GetProperty("versions").EnumerateArray().ToList();
        Assert.All(versions, v => Assert.Equal(["language", "state", "file", "exists", "translationKey", "reviewedHash", "changes", "meaning", "nextStep"], v.EnumerateObject().Select(p => p.Name)));
        Assert.Equal(["source", "stale", "stale"], versions.Select(v => v.GetProperty("state").GetString()));
        Assert.Equal(JsonValueKind.Null, versions[0].GetProperty("nextStep").ValueKind);

        var french = versions[1];
        Assert.Equal($"{content}/news/reviewed.fr.md", french.GetProperty("file").GetString());
        Assert.True(french.GetProperty("exists").GetBoolean());
        Assert.Matches("^[0-9a-f]{16}$", french.GetProperty("reviewedHash").GetString());
        Assert.NotEqual(sourceHash, french.GetProperty("reviewedHash").GetString());
        var changes = french.GetProperty("changes");
        Assert.Equal(["lines", "more"], changes.EnumerateObject().Select(p => p.Name));
        var line = Assert.Single(changes.GetProperty("lines").EnumerateArray());
        Assert.Equal("changed", line.GetProperty("kind").GetString());
        Assert.Equal("The [-original-]{+first+} text.", line.GetProperty("text").GetString());
        Assert.Equal(0, changes.GetProperty("more").GetInt32());
        Assert.Equal("reviewed against an older version of the source, which has changed since", french.GetProperty("meaning").GetString());
        Assert.Contains($"(it sets sourceHash: {sourceHash})", french.GetProperty("nextStep").GetString());

        var dutch = versions[2];
        Assert.Equal("0000000000000000", dutch.GetProperty("reviewedHash").GetString());
        Assert.Equal(JsonValueKind.Null, dutch.GetProperty("changes").ValueKind);

        var missing = root.GetProperty("documents")[0].GetProperty("versions")[1];
        Assert.Equal("missing", missing.GetProperty("state").GetString());
        Assert.False(missing.GetProperty("exists").GetBoolean());
        Assert.Equal($"{content}/news/alone.fr.md", missing.GetProperty("file").GetString());
        Assert.Empty(root.GetProperty("diagnostics").EnumerateArray());
    }

    [Fact]
    public async Task The_json_report_carries_the_diagnostics_as_data()
    {
        using var site = Site();
        site.Write("input/content/news/broken.fr.md", "---\ntitle: Cassé\ndate: [oops\n---\nTexte.\n");

        var (code, output, _) = await Run(site, "translations", "--format", "json");

        Assert.Equal(1, code);
        var diagnostic = Assert.Single(JsonDocument.Parse(output).RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("error", diagnostic.GetProperty("severity").GetString());
        Assert.Equal("GEN010", diagnostic.GetProperty("code").GetString());
        Assert.EndsWith("news/broken.fr.md", diagnostic.GetProperty("file").GetString());
        Assert.True(diagnostic.GetProperty("line").GetInt32() > 0);
        Assert.True(diagnostic.GetProperty("column").GetInt32() > 0);
    }

    [Fact]
    public async Task Without_a_site_yml_the_json_report_has_only_the_diagnostics()
    {
        using var site = Site();
        File.Delete(site.Combine("input", "site.yml"));

        var (code, output, errors) = await Run(site, "translations", "--format", "json");

        Assert.Equal(1, code);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(JsonValueKind.Null, root.GetProperty("defaultLanguage").ValueKind);
        Assert.Empty(root.GetProperty("documents").EnumerateArray());
        Assert.Equal("GEN001", root.GetProperty("diagnostics")[0].GetProperty("code").GetString());
        Assert.DoesNotContain("   at ", errors);
    }

    [Fact]
    public async Task Strict_fails_when_a_translation_is_missing_or_stale_and_says_how_many()
    {
        using var site = Site();

        var (code, _, errors) = await Run(site, "translations", "--strict");
        var (plain, _, _) = await Run(site, "translations");

        Assert.Equal(1, code);
        Assert.Contains("translations --strict: 3 missing and 1 stale translations (see the report)", errors);
        Assert.Equal(0, plain);
    }

    [Fact]
    public async Task Strict_passes_when_every_translation_is_current_untracked_or_draft()
    {
        using var site = Site();
        File.Delete(site.Combine("input", "content", "news", "alone.en.md"));
        File.Delete(site.Combine("input", "content", "news", "reviewed.nl.md"));
        site.Write("input/content/news/drafted.nl.md", "---\ntitle: Concept\ndraft: true\n---\nTekst.\n");
        site.Write("input/content/news/reviewed.nl.md", "---\ntitle: Nagelezen\n---\nDe tekst.\n");
        Assert.Equal(0, (await Run(site, "translations", "--review", site.Combine("input", "content", "news", "reviewed.nl.md"))).Code);

        var (code, output, errors) = await Run(site, "translations", "--strict", "--format", "json");

        Assert.True(code == 0, errors);
        Assert.True(JsonDocument.Parse(output).RootElement.GetProperty("passesStrict").GetBoolean());
        Assert.DoesNotContain("--strict", errors);
    }

    [Fact]
    public async Task Strict_fails_on_a_stale_translation_alone()
    {
        using var site = Site();
        File.Delete(site.Combine("input", "content", "news", "alone.en.md"));
        File.Delete(site.Combine("input", "content", "news", "drafted.en.md"));
        File.Delete(site.Combine("input", "content", "news", "drafted.fr.md"));

        var (code, _, errors) = await Run(site, "translations", "--strict");

        Assert.Equal(1, code);
        Assert.Contains("translations --strict: 1 stale translation (see the report)", errors);
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--format")]
    [InlineData("--strict", "--review", "x.fr.md")]
    [InlineData("--review", "x.fr.md", "--format", "json")]
    [InlineData("--stric")]
    public async Task A_wrong_command_line_is_a_usage_error(params string[] args)
    {
        using var site = Site();

        var (code, output, errors) = await Run(site, ["translations", .. args]);

        Assert.Equal(2, code);
        Assert.StartsWith("error: ", errors);
        Assert.Contains($"Run '{CliApp.ProgramName} translations --help' for usage and examples.", errors);
        Assert.Equal(string.Empty, output);
    }

    [Fact]
    public async Task Help_names_the_formats_and_what_strict_fails_on()
    {
        var stdout = new StringWriter();

        var code = await CliApp.RunAsync(["translations", "--help"], stdout, new StringWriter(), new PhysicalFileSystem(), new FixedClock(TestBuild.Now), CancellationToken.None);

        Assert.Equal(0, code);
        var help = stdout.ToString();
        Assert.Contains("--format <json|text>", help);
        Assert.Contains("--strict", help);
        Assert.Contains("  1  the content or configuration has errors, or a --review failed; with --strict, a translation is missing or stale", help);
        Assert.Contains("translations --format json", help);
    }
}
