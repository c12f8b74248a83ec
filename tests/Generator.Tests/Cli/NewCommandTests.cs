using Generator.Cli;
using Generator.IO;
using Generator.Tests.Support;

namespace Generator.Tests.Cli;

/// <summary><c>new</c> creates documents from the type's archetype, with a slug from the title and today's date, and never overwrites.</summary>
public sealed class NewCommandTests
{
    private static async Task<(int Code, string Out, string Err)> New(TempDirectory site, params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter();
        var code = await CliApp.RunAsync(
            ["new", .. args, "--input", site.Combine("input"), "--theme", site.Combine("theme")],
            stdout, stderr, new PhysicalFileSystem(), new FixedClock(TestBuild.Now), CancellationToken.None);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static TempDirectory Site()
    {
        var site = new TempDirectory();
        site.Write("input/site.yml", "defaultLanguage: en\nlanguages:\n  en: { name: English }\n  fr: { name: Français }\nsections:\n  guidelines: { type: guideline }\n  news: { type: news }\n");
        site.Write("theme/archetypes/guideline.md", "---\ntitle: {{title}}\ndate: {{date}}\nstatus: draft\n---\n\n## Purpose\n");
        return site;
    }

    [Fact]
    public async Task Creates_one_file_per_language_from_the_archetype()
    {
        using var site = Site();

        var (code, output, _) = await New(site, "guideline", "Intégration des \"jeunes\"", "--lang", "en,fr");

        Assert.Equal(0, code);
        var en = site.Combine("input", "content", "guidelines", "integration-des-jeunes.en.md");
        Assert.Equal($"{en}\n{site.Combine("input", "content", "guidelines", "integration-des-jeunes.fr.md")}\n", output);
        Assert.Equal("---\ntitle: \"Intégration des \\\"jeunes\\\"\"\ndate: 2026-01-01\nstatus: draft\n---\n\n## Purpose\n", File.ReadAllText(en));
    }

    [Fact]
    public async Task Without_an_archetype_writes_minimal_front_matter_in_the_default_language()
    {
        using var site = Site();

        var (code, _, _) = await New(site, "news", "Hello");

        Assert.Equal(0, code);
        Assert.Equal("---\ntitle: \"Hello\"\ndate: 2026-01-01\n---\n\n", File.ReadAllText(site.Combine("input", "content", "news", "hello.en.md")));
    }

    [Fact]
    public async Task Refuses_to_overwrite_and_rejects_unknown_types()
    {
        using var site = Site();
        await New(site, "news", "Hello");
        File.WriteAllText(site.Combine("input", "content", "news", "hello.en.md"), "mine");

        var (again, _, err) = await New(site, "news", "Hello");
        var (unknown, _, unknownErr) = await New(site, "recipe", "Soup");

        Assert.Equal(1, again);
        Assert.Contains("refusing to overwrite", err);
        Assert.Equal("mine", File.ReadAllText(site.Combine("input", "content", "news", "hello.en.md")));
        Assert.Equal(1, unknown);
        Assert.Contains("unknown type 'recipe'; the site's types are: guideline, news", unknownErr);
    }

    [Fact]
    public async Task A_very_long_title_makes_a_file_name_a_file_system_takes_and_no_language_is_an_error()
    {
        using var site = Site();

        var (code, output, _) = await New(site, "news", string.Join(' ', Enumerable.Repeat("integration", 40)));
        var (none, _, error) = await New(site, "news", "A title", "--lang", "");

        Assert.Equal(0, code);
        var name = Path.GetFileName(output.Trim());
        Assert.True(name.Length <= 80 + ".en.md".Length, name);
        Assert.EndsWith("integration.en.md", name);
        Assert.Equal(1, none);
        Assert.Contains("no language given", error);
    }
}
