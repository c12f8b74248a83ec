using Generator.Cli;
using Generator.IO;
using Generator.Tests.Support;

namespace Generator.Tests.Cli;

/// <summary>
/// Published URLs are a promise: <c>build --record-urls</c> keeps them in input/published-urls.txt;
/// renaming or deleting a document without an alias then fails <c>check</c> and <c>build</c> at
/// the URL's line of the record, with the exact <c>aliases:</c> line to add; adding it passes.
/// </summary>
public sealed class PublishedUrlTests
{
    [Fact]
    public async Task A_rename_without_an_alias_fails_with_the_alias_line_to_add_and_passes_once_it_is_added()
    {
        using var site = RealSiteCopy();
        var (recorded, _, _) = await Run(site, "build", "--record-urls", "--output", site.Combine("public"));
        Assert.Equal(0, recorded);
        var record = File.ReadAllText(site.Combine("input", "published-urls.txt"));
        Assert.Contains("\n/en/guidelines/young-migrants-integration/  guidelines/young-migrants-integration\n", record);
        Assert.Contains("\n/nl/richtlijnen/strategie-integratie-jonge-migranten/  guidelines/young-migrants-integration\n", record);
        Assert.DoesNotContain("/page/", record);

        // git mv of the guideline in its three languages, under a new name.
        foreach (var language in new[] { "en", "fr", "nl" })
        {
            File.Move(site.Combine("input", "content", "guidelines", $"young-migrants-integration.{language}.md"),
                site.Combine("input", "content", "guidelines", $"young-migrants.{language}.md"));
        }

        var (failed, report, _) = await Run(site, "check", "--format", "json");

        Assert.Equal(1, failed);
        var line = LineOf(record, "/en/guidelines/young-migrants-integration/");
        var missing = Assert.Single(Diagnostics(report), d => d.Code == "GEN025");
        Assert.Equal(("input/published-urls.txt", line, 1), (missing.File, missing.Line, missing.Column));
        Assert.Equal("'/en/guidelines/young-migrants-integration/' was published and is no longer built, and no alias leads from it", missing.Message);
        Assert.Equal(
            "it seems to have moved to /en/guidelines/young-migrants/: add to the front matter of input/content/guidelines/young-migrants.en.md the line\n"
            + "aliases: [/en/guidelines/young-migrants-integration/]\n(or, to withdraw the address for good, delete this line)",
            missing.Hint);

        // That one line keeps the old address, and the old id in links and relations still leads to the page.
        AddFrontMatter(site.Combine("input", "content", "guidelines", "young-migrants.en.md"), "aliases: [/en/guidelines/young-migrants-integration/]");
        var (passed, clean, _) = await Run(site, "check", "--format", "json");

        Assert.True(passed == 0, clean);
        Assert.DoesNotContain(Diagnostics(clean), d => d.Severity == "error");
        Assert.Contains(Diagnostics(clean), d => d.Code == "GEN056" && d.Hint == "write 'guidelines/young-migrants' instead");
    }

    private sealed record Found(string Severity, string Code, string File, int Line, int Column, string Message, string? Hint);

    private static List<Found> Diagnostics(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return [.. document.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => new Found(
            d.GetProperty("severity").GetString()!, d.GetProperty("code").GetString()!, d.GetProperty("file").GetString()!,
            d.GetProperty("line").GetInt32(), d.GetProperty("column").GetInt32(), d.GetProperty("message").GetString()!,
            d.TryGetProperty("hint", out var hint) ? hint.GetString() : null))];
    }

    [Fact]
    public async Task Deleting_a_translation_whose_URL_is_recorded_fails_the_build_and_leaves_the_output()
    {
        using var site = RealSiteCopy();
        Assert.Equal(0, (await Run(site, "build", "--record-urls", "--output", site.Combine("public"))).Code);
        File.Delete(site.Combine("input", "content", "guidelines", "young-migrants-integration.nl.md"));

        var (code, _, errors) = await Run(site, "build", "--output", site.Combine("public"));

        Assert.Equal(1, code);
        Assert.Contains("error GEN025: '/nl/richtlijnen/strategie-integratie-jonge-migranten/' was published and is no longer built", errors);
        Assert.Contains("aliases: [/nl/richtlijnen/strategie-integratie-jonge-migranten/]", errors);
        Assert.True(File.Exists(site.Combine("public", "nl", "richtlijnen", "strategie-integratie-jonge-migranten", "index.html")));
    }

    [Fact]
    public async Task Recording_refuses_drafts_and_a_new_page_is_a_reminder_not_an_error()
    {
        using var site = RealSiteCopy();
        Assert.Equal(2, (await Run(site, "build", "--record-urls", "--drafts")).Code);
        Assert.Equal(0, (await Run(site, "build", "--record-urls", "--output", site.Combine("public"))).Code);
        site.Write("input/content/news/new-item.en.md", "---\ntitle: A new item\ndate: 2019-07-01\n---\nText.\n");

        var (code, report, _) = await Run(site, "check", "--format", "json");

        Assert.Equal(0, code);
        var reminder = Assert.Single(Diagnostics(report));
        Assert.Equal(("warning", "GEN026", "input/published-urls.txt", 1), (reminder.Severity, reminder.Code, reminder.File, reminder.Line));
        Assert.Equal("1 page is not in the record of published URLs yet: /en/news/new-item/", reminder.Message);
    }

    [Fact]
    public async Task Drafts_and_scheduled_documents_are_no_reminder_though_check_shows_them()
    {
        using var site = RealSiteCopy();
        Assert.Equal(0, (await Run(site, "build", "--record-urls", "--output", site.Combine("public"))).Code);
        site.Write("input/content/news/draft-item.en.md", "---\ntitle: A draft item\ndraft: true\n---\nText.\n");
        site.Write("input/content/news/later-item.en.md", "---\ntitle: A later item\npublishDate: 2030-01-01\n---\nText.\n");

        var (code, report, _) = await Run(site, "check", "--strict", "--format", "json");

        Assert.True(code == 0, report);
        Assert.Empty(Diagnostics(report));
    }

    [Fact]
    public async Task Renaming_one_language_suggests_the_renamed_file_not_a_translation_and_an_unpublished_page_says_why()
    {
        using var site = RealSiteCopy();
        Assert.Equal(0, (await Run(site, "build", "--record-urls", "--output", site.Combine("public"))).Code);
        File.Move(site.Combine("input", "content", "news", "values-bristol.en.md"), site.Combine("input", "content", "news", "values-bristol-visit.en.md"));
        AddFrontMatter(site.Combine("input", "content", "news", "world-refugee-day.en.md"), "expiryDate: 2001-01-01");

        var (_, report, _) = await Run(site, "check", "--format", "json");

        var missing = Diagnostics(report).Where(d => d.Code == "GEN025").ToList();
        Assert.Contains(missing, d => d.Message == "'/en/news/values-bristol/' was published and is no longer built, and no alias leads from it"
            && d.Hint!.StartsWith("it seems to have moved to /en/news/values-bristol-visit/: add to the front matter of input/content/news/values-bristol-visit.en.md", StringComparison.Ordinal));
        Assert.Contains(missing, d => d.Message == "'/en/news/world-refugee-day/' was published and is no longer built: its page is expired on 2001-01-01, so no longer published");
    }

    private static async Task<(int Code, string Out, string Err)> Run(TempDirectory site, params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var previous = Directory.GetCurrentDirectory();
        var code = await CliApp.RunAsync([.. args, "--input", site.Combine("input"), "--theme", site.Combine("theme")],
            stdout, stderr, new PhysicalFileSystem(), new FixedClock(TestBuild.Now), CancellationToken.None);
        var prefix = Path.GetRelativePath(previous, site.Path).Replace('\\', '/') + "/";
        return (code, stdout.ToString().Replace(prefix, string.Empty), stderr.ToString().Replace(prefix, string.Empty));
    }

    private static TempDirectory RealSiteCopy()
    {
        var site = new TempDirectory();
        Copy(Path.Combine(Repo.Root, "input"), site.Combine("input"));
        Copy(Path.Combine(Repo.Root, "theme"), site.Combine("theme"));
        File.Delete(site.Combine("input", "published-urls.txt"));
        var config = site.Combine("input", "site.yml");
        File.WriteAllText(config, File.ReadAllText(config).Replace("search: true", "search: false"));
        return site;
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static void AddFrontMatter(string file, string line)
    {
        var text = File.ReadAllText(file);
        File.WriteAllText(file, "---\n" + line + "\n" + text[4..]);
    }

    private static int LineOf(string text, string url) =>
        text.Split('\n').Select((l, i) => (l, i)).First(p => p.l.StartsWith(url + " ", StringComparison.Ordinal)).i + 1;
}
