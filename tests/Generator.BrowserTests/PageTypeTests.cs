using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace Generator.BrowserTests;

/// <summary>
/// Each page type in each language, in Chromium: no WCAG 2.1 A or AA violation (axe-core), a
/// language switcher that lands on the same document in the other language, no horizontal
/// scrolling at 320 px, and screenshots at 375 px and 1280 px in tests/artifacts/screenshots.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class PageTypeTests(BuiltSite site, Browser browser)
{
    [Theory]
    [MemberData(nameof(SiteCollection.TypesAndLanguages), MemberType = typeof(SiteCollection))]
    public async Task Has_no_WCAG_2_1_A_or_AA_violations(string type, string language)
    {
        var page = await browser.OpenAsync(site.BaseUrl + site.PathOf(type, language));
        var results = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        await page.Context.CloseAsync();

        Assert.True(results.Violations.Length == 0, string.Join("\n", results.Violations.Select(v =>
            $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))})")));
    }

    [Theory]
    [MemberData(nameof(SiteCollection.TypesAndLanguages), MemberType = typeof(SiteCollection))]
    public async Task Language_switcher_lands_on_the_same_document(string type, string language)
    {
        var path = site.PathOf(type, language);

        // Tags are words of one language: a tag page's switcher leads to the other language's tag
        // page of the same slug where there is one, else to its tag index.
        // A 404 page has no address of its own: its switcher leads to the other language's home page.
        string[] expectedBack = type switch
        {
            "tag" => [path, site.PathOf("tags", language)],
            "404" => [site.PathOf("home", language)],
            _ => [path],
        };
        var page = await browser.OpenAsync(site.BaseUrl + path);
        foreach (var other in BuiltSite.Languages.Where(l => l != language))
        {
            await page.GotoAsync(site.BaseUrl + path);
            var target = await page.GetAttributeAsync($"nav.languages a[hreflang='{other}']", "href");
            Assert.NotNull(target);
            var response = await page.GotoAsync(site.BaseUrl + target);
            Assert.Equal(200, response?.Status);
            Assert.Equal(other, await page.GetAttributeAsync("html", "lang"));
            var back = await page.GetAttributeAsync($"nav.languages a[hreflang='{language}']", "href");
            Assert.Contains(back, expectedBack);
        }

        await page.Context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(SiteCollection.TypesAndLanguages), MemberType = typeof(SiteCollection))]
    public async Task Reads_at_320px_without_horizontal_scrolling(string type, string language)
    {
        var page = await browser.OpenAsync(site.BaseUrl + site.PathOf(type, language), width: 320, height: 640);
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        await page.Context.CloseAsync();

        Assert.True(overflow <= 0, $"{overflow}px of horizontal scrolling at 320px");
    }

    [Theory]
    [MemberData(nameof(SiteCollection.TypesAndLanguages), MemberType = typeof(SiteCollection))]
    public async Task Screenshots_at_375px_and_1280px_are_written(string type, string language)
    {
        var directory = Path.Combine(BuiltSite.ArtifactsDirectory, "screenshots");
        Directory.CreateDirectory(directory);
        foreach (var width in new[] { 375, 1280 })
        {
            var page = await browser.OpenAsync(site.BaseUrl + site.PathOf(type, language), width: width, height: 800);
            var file = Path.Combine(directory, $"{language}-{type}-{width}.png");
            var png = await page.ScreenshotAsync(new() { Path = file, FullPage = true });

            // What the screenshot shows is the styled page: the theme's stylesheet applied (its accent
            // colour on the root, its own font stack, not the browser's), at the width asked for.
            var accent = await page.EvaluateAsync<string>("() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim()");
            var font = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).fontFamily");
            await page.Context.CloseAsync();
            Assert.Equal("#1d4f91", accent);
            Assert.DoesNotContain("Times", font);
            Assert.Equal(width, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        }
    }
}
