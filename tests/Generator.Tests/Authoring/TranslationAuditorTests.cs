using System.Collections.Immutable;
using Generator.Authoring;
using Generator.Build;
using Generator.Content;
using Generator.IO;
using Generator.Tests.Support;

namespace Generator.Tests.Authoring;

/// <summary>
/// Each state of a translation, what a stale one's cell says changed (from the source text kept
/// at its review, or nothing when none was kept), and the reviewer keeping that text.
/// </summary>
public sealed class TranslationAuditorTests
{
    private const string SiteYml = "baseUrl: https://example.org/\nlanguages:\n  en: { name: English }\n  fr: { name: Français }\n  nl: { name: Nederlands }\n  de: { name: Deutsch }\n";

    private static TempDirectory Site()
    {
        var site = SmallSite.Create(siteYml: SiteYml);
        site.Write("input/content/doc.en.md", "---\ntitle: Doc\n---\nThe meeting is in Paris.\n");
        site.Write("input/content/doc.fr.md", "---\ntitle: Doc\n---\nLa réunion est à Paris.\n");
        site.Write("input/content/doc.nl.md", "---\ntitle: Doc\ndraft: true\n---\nDe vergadering.\n");
        return site;
    }

    private static (ImmutableArray<ParsedDocument> Documents, Generator.Configuration.SiteConfig Config) Read(TempDirectory site)
    {
        var options = new BuildOptions { InputDirectory = site.Combine("input"), ThemeDirectory = site.Combine("theme"), DisplayRoot = site.Path };
        var (config, documents, diagnostics) = new SiteBuilder(new PhysicalFileSystem(), new FixedClock(TestBuild.Now)).Read(options);
        Assert.DoesNotContain(diagnostics, d => d.IsError);
        return (documents, config!);
    }

    private static TranslationRow Audit(TempDirectory site, CancellationToken cancellationToken = default)
    {
        var (documents, config) = Read(site);
        return Assert.Single(new TranslationAuditor(path => Path.GetRelativePath(site.Path, path).Replace('\\', '/'), ReviewedSourceStore.In(new PhysicalFileSystem(), site.Combine("input")))
            .Audit(documents, config, cancellationToken));
    }

    private static void Review(TempDirectory site, string file)
    {
        var (documents, _) = Read(site);
        var translation = documents.Single(d => d.File == file);
        var source = documents.Single(d => d.Language == "en");
        Assert.Null(new TranslationReviewer(new PhysicalFileSystem(), ReviewedSourceStore.In(new PhysicalFileSystem(), site.Combine("input"))).Review(site.Combine(file), translation, source));
    }

    [Fact]
    public void Each_version_has_its_state_and_the_hash_it_was_reviewed_against()
    {
        using var site = Site();

        var row = Audit(site);

        Assert.Equal("en", row.SourceLanguage);
        Assert.Equal(new TranslationCell(TranslationState.Source, "input/content/doc.en.md"), row.Cells["en"]);
        Assert.Equal(new TranslationCell(TranslationState.Untracked, "input/content/doc.fr.md"), row.Cells["fr"]);
        Assert.Equal(new TranslationCell(TranslationState.Draft, "input/content/doc.nl.md"), row.Cells["nl"]);
        Assert.Equal(new TranslationCell(TranslationState.Missing, "input/content/doc.de.md"), row.Cells["de"]);

        Review(site, "input/content/doc.fr.md");
        row = Audit(site);

        Assert.Equal(new TranslationCell(TranslationState.Current, "input/content/doc.fr.md", ReviewedHash: row.SourceHash), row.Cells["fr"]);
    }

    [Fact]
    public void An_earlier_version_of_a_document_is_not_taken_for_a_translation()
    {
        using var site = Site();
        site.Write("input/content/doc.v1.de.md", "---\ntitle: Doc\ndate: 2020-01-01\n---\nDie Sitzung.\n");

        var row = Audit(site);

        Assert.Equal(new TranslationCell(TranslationState.Missing, "input/content/doc.de.md"), row.Cells["de"]);
    }

    [Fact]
    public void A_stale_translation_says_what_changed_in_its_source_since_the_review()
    {
        using var site = Site();
        Review(site, "input/content/doc.fr.md");
        var reviewedHash = Audit(site).SourceHash;

        site.Write("input/content/doc.en.md", "---\ntitle: Doc\n---\nThe meeting is in Brussels.\n\nA new paragraph.\n");
        var cell = Audit(site).Cells["fr"];

        Assert.Equal(TranslationState.Stale, cell.State);
        Assert.Equal(reviewedHash, cell.ReviewedHash);
        Assert.Equal([new ChangedLine(ChangeKind.Changed, "The meeting is in [-Paris-]{+Brussels+}."), new ChangedLine(ChangeKind.Added, "A new paragraph.")], cell.Change!.Lines.ToArray());
    }

    [Fact]
    public void A_stale_translation_whose_reviewed_text_was_not_kept_has_no_change_to_show()
    {
        using var site = Site();
        site.Write("input/content/doc.fr.md", "---\ntitle: Doc\nsourceHash: 0123456789abcdef\n---\nLa réunion est à Paris.\n");

        var cell = Audit(site).Cells["fr"];

        Assert.Equal(TranslationState.Stale, cell.State);
        Assert.Equal("0123456789abcdef", cell.ReviewedHash);
        Assert.Null(cell.Change);
    }

    [Fact]
    public void Reviewing_keeps_the_source_text_under_the_hash_it_records()
    {
        using var site = Site();

        Review(site, "input/content/doc.fr.md");

        var hash = Audit(site).SourceHash;
        Assert.Contains($"\nsourceHash: {hash}\n", File.ReadAllText(site.Combine("input", "content", "doc.fr.md")));
        Assert.Equal(new SourceText("Doc", null, "The meeting is in Paris.\n"), ReviewedSourceStore.In(new PhysicalFileSystem(), site.Combine("input")).Find(hash));
    }

    [Fact]
    public void Review_changes_a_sourceHash_line_in_the_front_matter_only()
    {
        using var site = Site();
        site.Write("input/content/doc.fr.md", "---\ntitle: Doc\n---\nsourceHash: in the body\n");

        Review(site, "input/content/doc.fr.md");

        var text = File.ReadAllText(site.Combine("input", "content", "doc.fr.md"));
        Assert.EndsWith($"\nsourceHash: {Audit(site).SourceHash}\n---\nsourceHash: in the body\n", text);
    }

    [Fact]
    public void The_audit_stops_when_cancelled()
    {
        using var site = Site();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => Audit(site, cancelled.Token));
    }
}
