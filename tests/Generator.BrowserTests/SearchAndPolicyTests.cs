using Microsoft.Playwright;

namespace Generator.BrowserTests;

/// <summary>
/// The search pages query the Pagefind index of their own language only; and every page type,
/// served with the Content-Security-Policy of the generated _headers file, runs without a
/// single CSP violation, search (WebAssembly) included.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class SearchAndPolicyTests(BuiltSite site, Browser browser)
{
    [Theory]
    [InlineData("fr", "jeunes migrants", "/fr/lignes-directrices/strategie-integration-jeunes-migrants/")]
    [InlineData("nl", "jonge migranten", "/nl/richtlijnen/strategie-integratie-jonge-migranten/")]
    [InlineData("en", "young migrants", "/en/guidelines/young-migrants-integration/")]
    public async Task A_query_finds_the_guideline_in_the_pages_language_and_nothing_in_another(string language, string query, string guideline)
    {
        var (page, violations) = await OpenWatched(site.PathOf("search", language));
        await page.FillAsync("#search-query", query);
        await page.ClickAsync("form[data-search] button[type=submit]");
        await page.WaitForSelectorAsync("[data-search-results] li a");
        var results = await page.EvalOnSelectorAllAsync<string[]>("[data-search-results] li a", "links => links.map(a => new URL(a.href).pathname)");
        await page.Context.CloseAsync();

        Assert.Contains(guideline, results);
        Assert.All(results, url => Assert.StartsWith($"/{language}/", url));
        Assert.Empty(violations);
    }

    [Fact]
    public async Task A_result_says_its_type_and_date_and_each_filter_its_all_in_agreement()
    {
        var (page, _) = await OpenWatched(site.PathOf("search", "fr"));
        await page.FillAsync("#search-query", "jeunes migrants");
        await page.ClickAsync("form[data-search] button[type=submit]");
        await page.WaitForSelectorAsync("[data-search-results] li a");
        var results = await page.EvalOnSelectorAllAsync<string[]>("[data-search-results] li a", "links => links.map(a => new URL(a.href).pathname)");
        var about = await page.EvalOnSelectorAllAsync<string[]>("[data-search-results] li .search-results__meta", "ps => ps.map(p => p.textContent)");
        var all = await page.EvalOnSelectorAllAsync<string[]>("select[data-filter] option[value='']", "os => os.map(o => o.closest('select').id + '=' + o.textContent)");
        await page.Context.CloseAsync();

        var guideline = Array.IndexOf(results, "/fr/lignes-directrices/strategie-integration-jeunes-migrants/");
        Assert.True(guideline >= 0, string.Join(", ", results));
        Assert.Equal("Lignes directrices · 2019", about[guideline]);
        Assert.Contains("search-city=Toutes", all);
        Assert.Contains("search-year=Toutes", all);
        Assert.Contains("search-type=Tous", all);
    }

    [Fact]
    public async Task Search_filters_offer_the_pages_types_topics_cities_and_years()
    {
        var (page, _) = await OpenWatched(site.PathOf("search", "fr"));
        await page.WaitForSelectorAsync("#search-type option:nth-child(2)", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        var types = await page.EvalOnSelectorAllAsync<string[]>("#search-type option", "options => options.map(o => o.value)");
        var topics = await page.EvalOnSelectorAllAsync<string[]>("#search-topic option", "options => options.map(o => o.value)");
        var cities = await page.EvalOnSelectorAllAsync<string[]>("#search-city option", "options => options.map(o => o.value)");
        await page.Context.CloseAsync();

        Assert.Contains("Lignes directrices", types);
        Assert.True(topics.Length > 3, string.Join(", ", topics));
        Assert.True(cities.Length > 3, string.Join(", ", cities));
    }

    [Theory]
    [MemberData(nameof(SiteCollection.TypesAndLanguages), MemberType = typeof(SiteCollection))]
    public async Task Runs_without_a_content_security_policy_violation(string type, string language)
    {
        var (page, violations) = await OpenWatched(site.PathOf(type, language));
        if (type == "search")
        {
            await page.FillAsync("#search-query", "migration");
            await page.ClickAsync("form[data-search] button[type=submit]");
            await page.WaitForSelectorAsync("[data-search-results] li a");
        }

        await page.Context.CloseAsync();
        Assert.Empty(violations);
    }

    /// <summary>Opens a page and collects every CSP violation it reports, after checking the policy was sent.</summary>
    private async Task<(IPage Page, List<string> Violations)> OpenWatched(string path)
    {
        var context = await browser.Chromium.NewContextAsync();
        context.SetDefaultTimeout(90_000);
        var page = await context.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) violations.Add(message.Text);
        };
        var response = await page.GotoAsync(site.BaseUrl + path);
        Assert.NotNull(response);
        var headers = await response.AllHeadersAsync();
        Assert.Contains("wasm-unsafe-eval", headers["content-security-policy"]);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        return (page, violations);
    }
}
