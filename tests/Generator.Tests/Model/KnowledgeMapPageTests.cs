using Generator.Tests.Support;

namespace Generator.Tests.Model;

/// <summary>
/// When a site gets a knowledge map, where, and under which title: only when its content uses a
/// relation its model declares, unless site.yml turns it off; a theme without <c>map.html</c>
/// lists the map's pages with its list layout.
/// </summary>
public sealed class KnowledgeMapPageTests
{
    private const string Model = """
        languages:
          en: { name: English }
        types:
          note: { kind: document }
          topic: { kind: entity }
        relations:
          topics: { to: topic }
        sections:
          notes: { type: note }
          topics: { type: topic }

        """;

    [Fact]
    public void A_site_whose_content_uses_a_relation_has_a_map_of_its_entities_and_the_pages_related_to_them()
    {
        using var site = Site(Model);

        var result = TestBuild.Run(site.Path, site.Combine("public"));

        Assert.True(result.Succeeded, TestBuild.Describe(result));
        Assert.Empty(result.Diagnostics);
        // The list layout of this theme shows the map's pages: notes, then topics, as site.yml orders the types; the unrelated note is not one.
        Assert.Equal("Knowledge map: A Housing Lonely", File.ReadAllText(site.Combine("public", "en", "map", "index.html")));
        Assert.Contains("/en/map/", File.ReadAllText(site.Combine("public", "sitemap.xml")));
    }

    [Theory]
    [InlineData("types:\n  note: { kind: document }\n  topic: { kind: entity }\n")]
    [InlineData("")]
    public void A_site_whose_model_has_no_relations_has_no_map(string model)
    {
        using var site = Site("languages:\n  en: { name: English }\n" + model + "sections:\n  notes: { type: note }\n  topics: { type: topic }\n", relate: false);

        var result = TestBuild.Run(site.Path, site.Combine("public"));

        Assert.True(result.Succeeded, TestBuild.Describe(result));
        Assert.False(Directory.Exists(site.Combine("public", "en", "map")));
    }

    [Fact]
    public void Relations_no_page_uses_make_no_map()
    {
        using var site = Site(Model, relate: false);

        var result = TestBuild.Run(site.Path, site.Combine("public"));

        Assert.True(result.Succeeded, TestBuild.Describe(result));
        Assert.False(Directory.Exists(site.Combine("public", "en", "map")));
    }

    [Fact]
    public void Map_false_turns_it_off()
    {
        using var site = Site(Model + "map: false\n");

        var result = TestBuild.Run(site.Path, site.Combine("public"));

        Assert.True(result.Succeeded, TestBuild.Describe(result));
        Assert.False(Directory.Exists(site.Combine("public", "en", "map")));
    }

    [Fact]
    public void Site_yml_gives_its_segment_and_title_and_the_default_menu_ends_with_it()
    {
        using var site = Site(Model + "map: { segments: { en: web }, titles: { en: The web } }\n",
            list: "{{ page.title }}:{{ for item in site.menus.main }} {{ item.label }}={{ item.url }}{{ end }}");

        var result = TestBuild.Run(site.Path, site.Combine("public"));

        Assert.True(result.Succeeded, TestBuild.Describe(result));
        Assert.Equal("The web: Notes=/en/notes/ Topics=/en/topics/ The web=/en/web/", File.ReadAllText(site.Combine("public", "en", "web", "index.html")));
    }

    [Fact]
    public void A_menu_entry_names_the_map_and_takes_its_title_from_the_ui_strings()
    {
        using var site = Site(Model + "menus:\n  main:\n    - map: true\n    - { map: true, labels: { en: Overview } }\n",
            list: "{{ for item in site.menus.main }}{{ item.label }}={{ item.url }} {{ end }}");
        site.Write("theme/i18n/en.yml", "map:\n  title: Connections\n");

        var result = TestBuild.Run(site.Path, site.Combine("public"));

        Assert.True(result.Succeeded, TestBuild.Describe(result));
        Assert.Equal("Connections=/en/map/ Overview=/en/map/ ", File.ReadAllText(site.Combine("public", "en", "map", "index.html")));
    }

    [Fact]
    public void A_menu_entry_for_a_map_the_site_does_not_make_is_an_error_at_the_entry()
    {
        using var site = Site(Model + "map: false\nmenus:\n  main:\n    - map: true\n");

        var result = TestBuild.Run(site.Path, site.Combine("public"));

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("GEN023", 14, 7), (error.Code, error.Line, error.Column));
        Assert.Contains("knowledge map", error.Message);
    }

    [Fact]
    public void An_unknown_setting_of_map_is_a_warning_with_a_did_you_mean()
    {
        using var site = Site(Model + "map: { segment: { en: web } }\n");

        var result = TestBuild.Run(site.Path, site.Combine("public"));

        Assert.True(result.Succeeded, TestBuild.Describe(result));
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal("GEN003", warning.Code);
        Assert.Contains("did you mean 'segments'?", warning.Hint);
    }

    private static TempDirectory Site(string siteYml, bool relate = true, string list = "{{ page.title }}:{{ for p in page.pages }} {{ p.title }}{{ end }}")
    {
        var site = SmallSite.Create(list: list, siteYml: siteYml);
        site.Write("input/content/notes/a.md", "---\ntitle: A\n" + (relate ? "topics: [housing]\n" : string.Empty) + "---\ntext\n");
        site.Write("input/content/notes/b.md", "---\ntitle: B\n---\ntext\n");
        site.Write("input/content/topics/housing.md", "---\ntitle: Housing\n---\ntext\n");
        site.Write("input/content/topics/lonely.md", "---\ntitle: Lonely\n---\ntext\n");
        return site;
    }
}
