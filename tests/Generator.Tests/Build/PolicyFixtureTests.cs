using Generator.Build;
using Generator.IO;
using Generator.Tests.Support;

namespace Generator.Tests.Build;

/// <summary>
/// Policy documents (tests/Generator.Tests/fixtures/policy): a lifecycle with every status
/// (one not published), supersession named from either side, two documents with three versions
/// each in English and French, an open, an upcoming and a closed consultation, and PDFs of
/// record. The site builds without a diagnostic and its output (PDFs aside, which
/// <c>PdfRecordTests</c> read) is compared file by file.
/// </summary>
public sealed class PolicyFixtureTests : IClassFixture<PolicyFixtureTests.Built>
{
    private static readonly string Site = Repo.Fixture("policy");
    private readonly Built _built;

    public PolicyFixtureTests(Built built) => _built = built;

    /// <summary>The fixture built once, with its PDFs printed by this machine's Chromium.</summary>
    public sealed class Built : IDisposable
    {
        public TempDirectory Temp { get; } = new();

        public BuildResult Result { get; }

        public Built() => Result = TestBuild.Run(Site, Temp.Combine("public"), themeDirectory: Path.Combine(Repo.Root, "theme"));

        public string Read(params string[] path) => File.ReadAllText(Temp.Combine(["public", .. path]));

        public void Dispose() => Temp.Dispose();
    }

    [Fact]
    public void Builds_without_a_diagnostic_and_matches_the_expected_output_pdfs_aside()
    {
        Assert.True(_built.Result.Succeeded, TestBuild.Describe(_built.Result));
        Assert.Empty(_built.Result.Diagnostics);
        using var copy = new TempDirectory();
        foreach (var file in Directory.EnumerateFiles(_built.Temp.Combine("public"), "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".pdf", StringComparison.Ordinal)))
        {
            var target = Path.Combine(copy.Path, Path.GetRelativePath(_built.Temp.Combine("public"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        GoldenDirectory.AssertMatches(Path.Combine(Site, "expected"), copy.Path);
    }

    [Fact]
    public void Every_policy_document_and_version_has_its_pdf_and_nothing_else_has_one()
    {
        var pdfs = Directory.EnumerateFiles(_built.Temp.Combine("public"), "*.pdf", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_built.Temp.Combine("public"), f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToArray();

        Assert.Contains("en/guidelines/housing/housing.pdf", pdfs);
        Assert.Contains("en/guidelines/housing/v1/housing-v1.pdf", pdfs);
        Assert.Contains("fr/lignes-directrices/housing/v2/housing-v2.pdf", pdfs);
        Assert.DoesNotContain(pdfs, p => p.Contains("changes", StringComparison.Ordinal) || p.Contains("memo", StringComparison.Ordinal));
        // Fallback pages (the French pages of English-only documents) have none: their text is the English one's.
        Assert.DoesNotContain("fr/lignes-directrices/health/health.pdf", pdfs);
        Assert.Equal(23, pdfs.Length);
        Assert.Contains("href=\"/en/guidelines/housing/housing.pdf\"", _built.Read("en", "guidelines", "housing", "index.html"));
    }

    [Fact]
    public void A_status_not_published_leaves_its_document_out()
    {
        Assert.False(File.Exists(_built.Temp.Combine("public", "en", "guidelines", "memo", "index.html")));
    }

    [Fact]
    public void A_superseded_document_keeps_its_address_and_names_its_successor_in_the_readers_language()
    {
        var english = _built.Read("en", "guidelines", "schools", "index.html");
        Assert.Contains("<div class=\"notice notice--superseded\" role=\"note\">", english);
        Assert.Contains("<strong>This document has been superseded.</strong>", english);
        Assert.Contains("It is replaced by <a href=\"/en/guidelines/schools-2025/\">Schooling of newcomer children (2025)</a>.", english);
        var french = _built.Read("fr", "lignes-directrices", "schools", "index.html");
        Assert.Contains("<strong>Ce document a été remplacé.</strong>", french);
        // The successor has no French text: the link leads to the English page, marked as such.
        Assert.Contains("Il est remplacé par <a href=\"/en/guidelines/schools-2025/\" hreflang=\"en\" lang=\"en\">", french);
        Assert.Contains("<dt>Replaces</dt><dd><a href=\"/en/guidelines/schools/\">Schooling of newcomer children</a></dd>", _built.Read("en", "guidelines", "schools-2025", "index.html"));
    }

    [Fact]
    public void The_status_shows_in_json_ld_and_the_citation_in_the_readers_language()
    {
        var french = _built.Read("fr", "lignes-directrices", "housing", "index.html");
        Assert.Contains("\"creativeWorkStatus\":\"Adopt\\u00E9\"", french);
        Assert.Contains("\"version\":\"3\"", french);
        Assert.Contains("Le logement des nouveaux arrivants [Adopté, version 3].", french);
        Assert.Contains("<dt>Adopté le</dt><dd><time datetime=\"2024-02-20\">20 février 2024</time></dd>", french);
        Assert.Contains("data-pagefind-filter=\"status:Adopté\"", french);
    }

    [Fact]
    public void A_version_has_a_permanent_page_that_points_to_the_current_one_and_a_history_lists_them_all()
    {
        var first = _built.Read("en", "guidelines", "housing", "v1", "index.html");
        Assert.Contains("<strong>This is version 1, an earlier version of this document.</strong> <a href=\"/en/guidelines/housing/\">Read the current version.</a>", first);
        Assert.Contains("<link rel=\"canonical\" href=\"https://policy.example.org/en/guidelines/housing/v1/\">", first);
        Assert.Contains("<title>Housing for newcomers, version 1", first);
        var current = _built.Read("en", "guidelines", "housing", "index.html");
        Assert.Contains("<a href=\"/en/guidelines/housing/v3/\">Version 3</a> <span class=\"badge\">current</span>", current);
        Assert.Contains("<a href=\"/en/guidelines/housing/v2/changes/\">What changed in version 2</a>", current);
        Assert.Contains("<td>First draft for discussion.</td>", current);
    }

    [Fact]
    public void A_comparison_marks_words_with_ins_and_del_keeps_headings_and_sums_up_the_changed_sections()
    {
        var changes = _built.Read("fr", "lignes-directrices", "housing", "v2", "changes", "index.html");
        Assert.Contains("<h2 id=\"objet\">Objet</h2>", changes);
        Assert.Contains("un logement sûr <ins>et abordable</ins> pendant", changes);
        // Punctuation stays with its word: the full stop moves with "logement".
        Assert.Contains("<li>Ouvrir un guichet du <del>logement.</del> <ins>logement dans chaque quartier.</ins></li>", changes);
        Assert.Contains("<li><ins class=\"block\">Plafonner les loyers des appartements réservés.</ins></li>", changes);
        Assert.Contains("<li><a href=\"#objet\" lang=\"fr\">Objet</a> <span class=\"badge badge--changed\">modifiée</span></li>", changes);
        Assert.Contains("<title>Ce qui a changé dans la version 2 : Le logement des nouveaux arrivants", changes);
    }

    [Fact]
    public void Consultations_say_their_state_on_the_build_date_and_an_open_one_has_a_netlify_form()
    {
        var open = _built.Read("en", "guidelines", "language-courses", "index.html");
        Assert.Contains("<form class=\"consultation-form\" name=\"consultation-guidelines-language-courses\" method=\"post\" action=\"/en/consultations/thank-you/\" data-netlify=\"true\" netlify-honeypot=\"bot-field\">", open);
        Assert.Contains("<input type=\"hidden\" name=\"form-name\" value=\"consultation-guidelines-language-courses\">", open);
        Assert.Contains("<input id=\"response-email\" name=\"email\" type=\"email\" required", open);
        Assert.Contains("<p class=\"consultation-period\">Open for responses from 1 December 2025 to 31 January 2026.</p>", open);
        var closed = _built.Read("en", "guidelines", "volunteering", "index.html");
        Assert.Contains("This consultation closed on 30 June 2019.", closed);
        Assert.DoesNotContain("<form", closed);
        var list = _built.Read("fr", "consultations", "index.html");
        Assert.Contains("<h2 id=\"consultations-open\">Ouvertes</h2>", list);
        Assert.Contains("Les cours de langue pour adultes", list);
        Assert.Contains("<h2 id=\"consultations-closed\">Terminées</h2>", list);
        Assert.Contains("<h1>Merci pour votre contribution</h1>", _built.Read("fr", "consultations", "merci", "index.html"));
    }

    [Fact]
    public void Without_a_browser_the_build_warns_once_and_pages_omit_the_pdf_link()
    {
        using var temp = new TempDirectory();

        var result = BuildWith(temp, browser: string.Empty);

        Assert.True(result.Succeeded, TestBuild.Describe(result));
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(("GEN087", "input/site.yml"), (warning.Code, warning.File));
        Assert.Empty(Directory.EnumerateFiles(temp.Combine("public"), "*.pdf", SearchOption.AllDirectories));
        Assert.DoesNotContain(".pdf", File.ReadAllText(temp.Combine("public", "en", "guidelines", "housing", "index.html")));
    }

    [Fact]
    public void A_browser_that_cannot_run_here_is_said_once_and_pages_omit_the_pdf_link()
    {
        using var temp = new TempDirectory();
        var broken = temp.Write("chromium", "#!/bin/sh\necho 'error while loading shared libraries: libnss3.so' >&2\nexit 127\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(broken, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var result = BuildWith(temp, broken);

        Assert.True(result.Succeeded, TestBuild.Describe(result));
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal("GEN087", warning.Code);
        Assert.EndsWith("does not run here: error while loading shared libraries: libnss3.so", warning.Message);
        Assert.DoesNotContain(".pdf", File.ReadAllText(temp.Combine("public", "en", "guidelines", "housing", "index.html")));
    }

    /// <summary>The fixture built into <paramref name="temp"/> with the given browser instead of this machine's.</summary>
    private static BuildResult BuildWith(TempDirectory temp, string browser) =>
        new SiteBuilder(new PhysicalFileSystem(), new FixedClock(TestBuild.Now)).Build(new BuildOptions
        {
            InputDirectory = Path.Combine(Site, "input"),
            ThemeDirectory = Path.Combine(Repo.Root, "theme"),
            OutputDirectory = temp.Combine("public"),
            DisplayRoot = Site,
            Browser = browser,
        });
}
