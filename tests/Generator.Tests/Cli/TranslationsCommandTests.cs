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

    [Fact]
    public async Task The_report_names_every_version_s_file_and_the_file_to_create_for_a_missing_one()
    {
        using var site = Site();
        var content = ContentFolder(site);

        var (code, report, _) = await Run(site, "translations");

        Assert.Equal(0, code);
        Assert.StartsWith(
            "news/alone\n" +
            $"  en  source     {content}/news/alone.en.md\n" +
            $"  fr  missing    {content}/news/alone.fr.md (to create)\n" +
            $"  nl  missing    {content}/news/alone.nl.md (to create)\n" +
            "news/drafted\n" +
            $"  en  source     {content}/news/drafted.en.md\n" +
            $"  fr  draft      {content}/news/drafted.fr.md\n" +
            $"  nl  missing    {content}/news/drafted.nl.md (to create)\n" +
            "news/reviewed\n" +
            $"  en  source     {content}/news/reviewed.en.md\n" +
            $"  fr  untracked  {content}/news/reviewed.fr.md\n" +
            $"  nl  stale      {content}/news/reviewed.nl.md\n" +
            "\n", report);
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
        Assert.Contains($"news/short\n  en  source     {content}/news/long-name.en.md\n  fr  untracked  {content}/news/short.fr.md\n  nl  missing    {content}/news/short.nl.md (to create)\n", report);
        Assert.Contains($"about\n  en  source     {content}/news/about-us.en.md\n  fr  missing    {content}/news/about-us.fr.md (to create, with translationKey: about)\n", report);
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
    public async Task Reviewing_a_source_text_is_refused()
    {
        using var site = Site();

        var (code, _, err) = await Run(site, "translations", "--review", site.Combine("input", "content", "news", "alone.en.md"));

        Assert.Equal(1, code);
        Assert.Contains("is the source text, not a translation", err);
    }

    [Fact]
    public async Task Files_it_cannot_read_are_reported_not_counted_silently()
    {
        using var site = Site();
        site.Write("input/content/fr/news/alone.md", "---\ntitle: Seul\n---\nTexte.\n");
        site.Write("input/content/news/sub/_index.en.md", "---\ntitle: Sub\n---\n");

        var (code, output, errors) = await Run(site, "translations");

        Assert.Equal(1, code);
        Assert.Contains("input/content/fr/news/alone.md(1,1): error GEN024", errors.Replace('\\', '/'));
        Assert.Contains("input/content/news/sub/_index.en.md(1,1): error GEN024", errors.Replace('\\', '/'));
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
}
