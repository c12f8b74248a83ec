using System.Diagnostics;
using System.Text.Json;

namespace Generator.BrowserTests;

/// <summary>
/// Lighthouse (npm <c>lighthouse</c>, pinned in package.json) against Debian's Chromium, on the
/// real site served on 127.0.0.1 with its _headers: 100 in performance, accessibility, best
/// practices and SEO for the home page, a guideline, a news item, an event, a list and search,
/// in each language, with Lighthouse's default (mobile) settings. A score under 100 names every
/// audit that cost it.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class LighthouseTests(BuiltSite site)
{
    private static readonly string[] Categories = ["performance", "accessibility", "best-practices", "seo"];

    public static TheoryData<string, string> Pages()
    {
        var data = new TheoryData<string, string>();
        foreach (var kind in new[] { "home", "guideline", "news", "event", "list", "search" })
        {
            foreach (var language in BuiltSite.Languages)
            {
                data.Add(kind, language);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Scores_100_in_every_category(string kind, string language)
    {
        var report = Path.Combine(Path.GetTempPath(), $"lighthouse-{kind}-{language}-{Guid.NewGuid():N}.json");
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[]
        {
            Path.Combine(site.Root, "node_modules", "lighthouse", "cli", "index.js"),
            site.BaseUrl + site.PathOf(kind, language),
            "--quiet", "--output=json", "--output-path=" + report,
            "--only-categories=" + string.Join(',', Categories),
            "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
            "--max-wait-for-load=60000",
        })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["CHROME_PATH"] = Environment.GetEnvironmentVariable("CHROME_PATH") ?? "/usr/bin/chromium";
        using var process = Process.Start(start)!;
        var output = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0 && File.Exists(report), $"lighthouse exited with {process.ExitCode}:\n{await output}");

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(report));
        File.Delete(report);
        var scores = Categories.ToDictionary(c => c, c => json.RootElement.GetProperty("categories").GetProperty(c).GetProperty("score").GetDouble());
        var costly = json.RootElement.GetProperty("audits").EnumerateObject()
            .Where(a => a.Value.TryGetProperty("score", out var score) && score.ValueKind == JsonValueKind.Number && score.GetDouble() < 1
                && a.Value.GetProperty("scoreDisplayMode").GetString() is "binary" or "numeric" or "metricSavings")
            .Select(a => $"{a.Name} ({a.Value.GetProperty("score").GetDouble():0.##}): {a.Value.GetProperty("title").GetString()}");
        Assert.True(scores.Values.All(s => s >= 1), $"{kind} ({language}): {string.Join(", ", scores.Select(s => $"{s.Key} {s.Value * 100:0}"))}\n{string.Join("\n", costly)}");
    }
}
