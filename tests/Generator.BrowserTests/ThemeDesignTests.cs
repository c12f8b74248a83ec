using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using Xunit.Abstractions;

namespace Generator.BrowserTests;

/// <summary>
/// The theme's look, in Chromium: on a 375 px phone the header leaves the page's content within
/// the first 200 px, its menu folds into a disclosure that opens without JavaScript (and is a
/// plain row of links on a wide screen); axe-core finds no WCAG 2.1 A or AA violation in the light
/// or the dark colour scheme; body text is hyphenated in its own language; and a guideline prints
/// with its title block and absolute link addresses, without the site's navigation, within its
/// page budget. Dark-scheme screenshots and the printed guideline are written to tests/artifacts/.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed partial class ThemeDesignTests(BuiltSite site, Browser browser, ITestOutputHelper output)
{
    /// <summary>The types whose look the tests of the header and the screenshots cover.</summary>
    public static readonly string[] MainTypes = ["home", "list", "guideline", "statement", "news", "event", "page"];

    /// <summary>Where the page's content must start on a phone, from the top of the page.</summary>
    public const int PhoneContentTop = 200;

    /// <summary>A4 less the margins of the print style's @page rule (18 mm at the sides, 18 mm above, 20 mm below), in CSS pixels.</summary>
    private const double PrintableWidth = (210 - 36) * 96 / 25.4;

    private const double PrintableHeight = (297 - 38) * 96 / 25.4;

    public static TheoryData<string, string> MainTypesAndLanguages()
    {
        var data = new TheoryData<string, string>();
        foreach (var type in MainTypes)
        {
            foreach (var language in BuiltSite.Languages)
            {
                data.Add(type, language);
            }
        }

        return data;
    }

    public static TheoryData<string, string, string> TypesLanguagesAndSchemes()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var scheme in new[] { "light", "dark" })
        {
            foreach (var type in SiteCollection.PageTypes)
            {
                foreach (var language in BuiltSite.Languages)
                {
                    data.Add(type, language, scheme);
                }
            }
        }

        return data;
    }

    public static TheoryData<string> Languages() => [.. BuiltSite.Languages];

    [Theory]
    [MemberData(nameof(MainTypesAndLanguages))]
    public async Task On_a_phone_the_content_starts_within_200px(string type, string language)
    {
        var page = await Open(site.PathOf(type, language), 375, 812);
        var top = await ContentTop(page);
        var header = await page.EvaluateAsync<double>("() => document.querySelector('.site-header').getBoundingClientRect().height");
        var menuShown = await page.Locator(".main-nav ul a").First.IsVisibleAsync();
        await page.Context.CloseAsync();
        output.WriteLine($"{language} {type}: header {header:0} px, content from {top:0} px");

        Assert.False(menuShown, "the main menu's links show before the menu is opened");
        Assert.True(top <= PhoneContentTop, $"the content starts {top:0} px from the top at 375 px (header {header:0} px), beyond {PhoneContentTop} px");
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task The_menu_opens_and_leads_on_without_JavaScript(string language)
    {
        var context = await browser.Chromium.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 375, Height = 812 },
            JavaScriptEnabled = false,
        });
        context.SetDefaultTimeout(90_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + site.PathOf("guideline", language));
        // The site's script did not run: it would have marked the links' print addresses.
        Assert.Equal(0, await page.Locator("[data-print-href]").CountAsync());
        Assert.True(await page.Locator(".prose a[href^='/']").CountAsync() > 0);

        var links = page.Locator(".main-nav ul a");
        var count = await links.CountAsync();
        Assert.True(count >= 3, $"{count} links in the main menu");
        Assert.False(await links.First.IsVisibleAsync());
        var summary = page.Locator(".main-nav summary");
        Assert.True(await summary.IsVisibleAsync());
        Assert.Equal("false", await summary.EvaluateAsync<string>("s => String(s.parentElement.open)"));

        await summary.ClickAsync();
        for (var i = 0; i < count; i++)
        {
            Assert.True(await links.Nth(i).IsVisibleAsync(), $"menu link {i} hidden once the menu is open");
        }

        var directory = Path.Combine(BuiltSite.ArtifactsDirectory, "screenshots");
        Directory.CreateDirectory(directory);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(directory, $"{language}-menu-open-375.png") });

        // The menu pushes the page down rather than covering it, and its last link leads on.
        var lastLink = links.Nth(count - 1);
        var (menuBottom, contentTop) = (await lastLink.EvaluateAsync<double>("a => a.getBoundingClientRect().bottom"), await ContentTop(page));
        Assert.True(contentTop >= menuBottom, $"the open menu ({menuBottom:0} px) covers the content ({contentTop:0} px)");
        var target = await lastLink.GetAttributeAsync("href");
        var navigated = page.WaitForURLAsync(url => new Uri(url).AbsolutePath == target, new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
        await lastLink.ClickAsync();
        await navigated;

        // Keyboard: the summary is reached by Tab and toggles with Enter.
        await page.GotoAsync(site.BaseUrl + site.PathOf("home", language));
        await page.FocusAsync(".main-nav summary");
        await page.Keyboard.PressAsync("Enter");
        Assert.True(await links.First.IsVisibleAsync(), "Enter on the summary does not open the menu");
        await page.Keyboard.PressAsync("Enter");
        Assert.False(await links.First.IsVisibleAsync(), "Enter on the summary does not close the menu");
        await context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task On_a_wide_screen_the_menu_is_a_row_of_links(string language)
    {
        var context = await browser.Chromium.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            JavaScriptEnabled = false,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + site.PathOf("news", language));
        var summaryShown = await page.Locator(".main-nav summary").IsVisibleAsync();
        var tops = await page.EvalOnSelectorAllAsync<double[]>(".main-nav ul a", "links => links.map(a => a.getBoundingClientRect().top)");
        var hidden = await page.EvalOnSelectorAllAsync<int>(".main-nav ul a", "links => links.filter(a => !a.checkVisibility()).length");
        await context.CloseAsync();

        Assert.False(summaryShown, "the menu's summary shows at 1280 px");
        Assert.Equal(0, hidden);
        Assert.True(tops.Max() - tops.Min() < 60, $"the menu's links spread over {tops.Max() - tops.Min():0} px: not one or two rows");
    }

    [Theory]
    [MemberData(nameof(TypesLanguagesAndSchemes))]
    public async Task Has_no_WCAG_2_1_A_or_AA_violations_in_either_colour_scheme(string type, string language, string scheme)
    {
        var page = await Open(site.PathOf(type, language), 1280, 900, scheme);
        var background = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
        var violations = await Axe(page);
        await page.Context.CloseAsync();

        // The scheme asked for is the one shown: a dark page has a dark background.
        Assert.Equal(scheme == "dark", background != "rgb(255, 255, 255)");
        Assert.True(violations.Length == 0, violations);
    }

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task The_open_phone_menu_has_no_WCAG_violations(string scheme)
    {
        foreach (var language in BuiltSite.Languages)
        {
            var page = await Open(site.PathOf("guideline", language), 375, 812, scheme);
            await page.ClickAsync(".main-nav summary");
            await page.FocusAsync(".main-nav ul a");
            var violations = await Axe(page);
            await page.Context.CloseAsync();
            Assert.True(violations.Length == 0, $"{language}: {violations}");
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Body_text_is_hyphenated_in_its_own_language_and_never_broken_anywhere(string language)
    {
        var page = await Open(site.PathOf("guideline", language), 375, 812);
        var style = await page.EvaluateAsync<string[]>(@"() => {
            const prose = document.querySelector('.prose');
            const s = getComputedStyle(prose.querySelector('p'));
            return [s.hyphens, s.wordBreak, prose.closest('[lang]').lang];
        }");
        var breakAll = await page.EvaluateAsync<int>("() => [...document.querySelectorAll('body *')].filter(e => getComputedStyle(e).wordBreak === 'break-all').length");
        await page.Context.CloseAsync();

        Assert.Equal("auto", style[0]);
        Assert.Equal(language, style[2]);
        Assert.Equal(0, breakAll);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task A_guideline_prints_its_title_block_and_text_without_navigation_within_its_page_budget(string language)
    {
        var path = site.PathOf("guideline", language);
        var page = await Open(path, (int)Math.Floor(PrintableWidth), 900);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        // The budget: the document's own text, laid out as printed, plus one page for the title
        // block, the citation and page breaks.
        var proseHeight = await page.EvaluateAsync<double>("() => document.querySelector('.prose').getBoundingClientRect().height");
        var budget = (int)Math.Ceiling(proseHeight / PrintableHeight) + 1;

        // What the page shows only for navigation, and what an absolute link address looks like.
        var navigation = await page.EvaluateAsync<string[]>(@"() => {
            const texts = sel => [...document.querySelectorAll(sel)].map(e => e.textContent.trim()).filter(t => t.length > 3);
            return [...texts('.skip-link, .main-nav a, .main-nav summary, .languages a, .footer-nav a, .toc h2, .doc-aside h2')];
        }");
        var documentText = await page.EvaluateAsync<string>("() => document.querySelector('main article').textContent + ' ' + document.querySelector('.site-title').textContent");
        var canonical = await page.GetAttributeAsync("link[rel=canonical]", "href");
        var linked = await page.EvaluateAsync<string>("() => new URL(document.querySelector('.prose a[href^=\"/\"]').getAttribute('href'), document.querySelector('link[rel=canonical]').href).href");
        var citation = await page.TextContentAsync(".cite__text");

        var directory = Path.Combine(BuiltSite.ArtifactsDirectory, "print");
        Directory.CreateDirectory(directory);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(directory, $"{language}-guideline-print.png"), FullPage = true });
        var pdf = await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true, Path = Path.Combine(directory, $"{language}-guideline.pdf") });
        await page.Context.CloseAsync();

        using var printed = PdfDocument.Open(pdf);
        var pages = printed.NumberOfPages;
        var text = Squeeze(string.Concat(printed.GetPages().Select(p => p.Text)));
        output.WriteLine($"{path}: {pages} pages printed, budget {budget} (text {proseHeight:0} px, {proseHeight / PrintableHeight:0.00} pages)");

        Assert.True(pages <= budget, $"{pages} pages printed; the text alone takes {proseHeight / PrintableHeight:0.00} pages, so at most {budget}");
        Assert.Contains(Squeeze(canonical!), text);
        Assert.Contains(Squeeze(linked), text);
        Assert.Contains(Squeeze(citation!), text);
        var onlyNavigation = navigation.Where(n => !Squeeze(documentText).Contains(Squeeze(n), StringComparison.Ordinal)).Distinct().ToList();
        Assert.True(onlyNavigation.Count >= 5, $"too few navigation texts to look for: {string.Join(" | ", onlyNavigation)}");
        Assert.All(onlyNavigation, n => Assert.DoesNotContain(Squeeze(n), text));
    }

    [Fact]
    public async Task The_printed_citation_is_one_paragraph_with_its_heading()
    {
        var page = await Open(site.PathOf("guideline", "en"), (int)Math.Floor(PrintableWidth), 900);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var (headingTop, textTop, details) = (
            await page.EvaluateAsync<double>("() => document.querySelector('.cite h2').getClientRects()[0].top"),
            await page.EvaluateAsync<double>("() => document.querySelector('.cite__text').getClientRects()[0].top"),
            await page.EvaluateAsync<int>("() => [...document.querySelectorAll('.cite details')].filter(d => d.checkVisibility()).length"));
        await page.Context.CloseAsync();

        Assert.Equal(headingTop, textTop, 2.0);
        Assert.Equal(0, details);
    }

    [Theory]
    [MemberData(nameof(MainTypesAndLanguages))]
    public async Task Dark_scheme_screenshots_are_written(string type, string language)
    {
        var directory = Path.Combine(BuiltSite.ArtifactsDirectory, "screenshots");
        Directory.CreateDirectory(directory);
        foreach (var width in new[] { 375, 1280 })
        {
            var page = await Open(site.PathOf(type, language), width, 800, "dark");
            var png = await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(directory, $"{language}-{type}-{width}-dark.png"), FullPage = true });
            await page.Context.CloseAsync();
            Assert.Equal(width, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        }
    }

    private async Task<IPage> Open(string path, int width, int height, string scheme = "light")
    {
        var context = await browser.Chromium.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light,
        });
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(site.BaseUrl + path);
        Assert.NotNull(response);
        return page;
    }

    /// <summary>The top of the first thing the main element shows: its first visible element with text.</summary>
    private static Task<double> ContentTop(IPage page) => page.EvaluateAsync<double>(@"() => {
        for (const e of document.querySelectorAll('main *')) {
            const r = e.getBoundingClientRect();
            if (r.height > 0 && e.checkVisibility() && e.textContent.trim()) return r.top + window.scrollY;
        }
        return Infinity;
    }");

    private static async Task<string> Axe(IPage page)
    {
        var results = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        return string.Join("\n", results.Violations.Select(v =>
            $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target) + " " + string.Join("; ", n.Any.Concat(n.All).Concat(n.None).Select(c => c.Message))))})"));
    }

    /// <summary>Text without its white space: a PDF's text comes in lines, words and letters as laid out.</summary>
    private static string Squeeze(string text) => Whitespace().Replace(text, string.Empty);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
