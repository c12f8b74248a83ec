using Generator.Tests.Support;

namespace Generator.Tests.Publishing;

/// <summary>Outputs that cannot all be written: each conflict is an error at a file of the site, found before anything is written.</summary>
public sealed class OutputClaimTests
{
    [Fact]
    public void A_static_file_at_the_path_of_a_whole_site_file_names_the_sites_own_site_yml()
    {
        using var site = Site(("input/static/_headers", "/*\n  X-Custom: yes\n"));
        var result = TestBuild.Run(site.Path, site.Combine("public"));

        var conflict = Assert.Single(result.Diagnostics, d => d.Code == "GEN020");
        Assert.Contains("claimed by both input/site.yml and input/static/_headers", conflict.Message);
        Assert.True(File.Exists(site.Combine(conflict.File)), conflict.ToString());
    }

    [Fact]
    public void An_alias_where_a_site_file_is_written_is_an_error_at_the_alias_before_anything_is_written()
    {
        using var site = Site(("input/content/charter.en.md", "---\ntitle: Charter\naliases: [/_redirects]\n---\nText.\n"));
        var marker = PreviousBuild.Write(site.Combine("public"), ("index.html", "earlier"));
        var result = TestBuild.Run(site.Path, site.Combine("public"));

        var conflict = Assert.Single(result.Diagnostics);
        Assert.Equal(("GEN020", "input/content/charter.en.md", 3, 11), (conflict.Code, conflict.File, conflict.Line, conflict.Column));
        Assert.Contains("/_redirects", conflict.Message);
        Assert.Equal(["index.html"], PreviousBuild.Files(site.Combine("public")));
        Assert.Equal("earlier", File.ReadAllText(marker));
    }

    [Fact]
    public void A_slug_too_long_for_a_file_name_is_an_error_at_the_slug_before_anything_is_written()
    {
        using var site = Site(("input/content/charter.en.md", "---\ntitle: Charter\nslug: " + new string('e', 300) + "\n---\nText.\n"));
        var marker = PreviousBuild.Write(site.Combine("public"), ("index.html", "earlier"));
        var result = TestBuild.Run(site.Path, site.Combine("public"));

        var tooLong = Assert.Single(result.Diagnostics);
        Assert.Equal(("GEN006", "input/content/charter.en.md", 3, 7), (tooLong.Code, tooLong.File, tooLong.Line, tooLong.Column));
        Assert.Contains("300 bytes", tooLong.Message);
        Assert.Equal(["index.html"], PreviousBuild.Files(site.Combine("public")));
        Assert.Equal("earlier", File.ReadAllText(marker));
    }

    private static TempDirectory Site(params (string Path, string Text)[] files)
    {
        var site = new TempDirectory();
        site.Write("input/site.yml", "baseUrl: https://example.org/\nlanguages:\n  en: { name: English, culture: en-GB, title: Test }\n");
        site.Write("input/content/_index.en.md", "---\ntitle: Home\n---\nWelcome.\n");
        foreach (var file in Directory.GetFiles(Repo.Fixture("invalid", "_theme"), "*", SearchOption.AllDirectories))
        {
            site.Write(Path.Combine("theme", Path.GetRelativePath(Repo.Fixture("invalid", "_theme"), file)), File.ReadAllText(file));
        }

        foreach (var (path, text) in files)
        {
            site.Write(path, text);
        }

        return site;
    }
}
