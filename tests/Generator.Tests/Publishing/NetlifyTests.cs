using System.Text.Json;
using Generator.Tests.Build;
using Generator.Tests.Support;

namespace Generator.Tests.Publishing;

/// <summary>
/// Netlify's own parsers and redirect engine, run offline on the repository's netlify.toml and
/// on the _redirects and _headers the real site's build writes.
/// </summary>
public sealed class NetlifyTests(RealSiteTests.BuiltSite site) : IClassFixture<RealSiteTests.BuiltSite>
{
    [Fact]
    public void Netlify_config_resolves_for_every_deploy_context_without_warnings()
    {
        var resolved = NodeTool.Run("netlify-config.mjs", Repo.Root);
        foreach (var context in new[] { "production", "deploy-preview", "branch-deploy" })
        {
            var config = resolved.GetProperty(context);
            Assert.Empty(config.GetProperty("warnings").EnumerateArray());
            var build = config.GetProperty("build");
            Assert.Equal(Path.Combine(Repo.Root, "public"), build.GetProperty("publish").GetString());
            var command = build.GetProperty("command").GetString()!;
            Assert.Contains("https://dot.net/v1/dotnet-install.sh", command);
            Assert.Contains("$DEPLOY_PRIME_URL", command);
            Assert.Contains("$URL", command);
            var plugin = Assert.Single(config.GetProperty("plugins").EnumerateArray()).GetString()!;
            Assert.True(File.Exists(Path.Combine(Repo.Root, plugin.TrimStart('/'), "manifest.yml")), plugin);
        }
    }

    [Fact]
    public void Generated_redirects_and_headers_parse_without_errors()
    {
        var rules = NodeTool.Run("netlify-rules.mjs", site.Output);
        Assert.Empty(rules.GetProperty("redirects").GetProperty("errors").EnumerateArray());
        Assert.Empty(rules.GetProperty("headers").GetProperty("errors").EnumerateArray());
        var headers = rules.GetProperty("headers").GetProperty("rules").EnumerateArray()
            .ToDictionary(r => r.GetProperty("for").GetString()!, r => r.GetProperty("values"));

        var all = headers["/*"];
        var csp = all.GetProperty("Content-Security-Policy").GetString()!;
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Contains("script-src 'self' 'wasm-unsafe-eval';", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("nosniff", all.GetProperty("X-Content-Type-Options").GetString());
        Assert.True(all.TryGetProperty("Referrer-Policy", out _));
        Assert.True(all.TryGetProperty("Permissions-Policy", out _));
        Assert.Equal("fr", headers["/fr/*"].GetProperty("Content-Language").GetString());
        Assert.Equal("nl", headers["/nl/*"].GetProperty("Content-Language").GetString());
        Assert.Equal("public, max-age=31536000, immutable", headers["/assets/*"].GetProperty("Cache-Control").GetString());
        Assert.All(headers.Where(h => h.Key != "/assets/*"), h => Assert.False(h.Value.TryGetProperty("Cache-Control", out _), h.Key));
    }

    [Theory]
    [InlineData("/", "fr-BE,fr;q=0.9,en;q=0.5", null, 302, "/fr/")]
    [InlineData("/", "nl", null, 302, "/nl/")]
    [InlineData("/", "de-DE,de;q=0.9", null, 302, "/en/")]
    [InlineData("/", null, null, 302, "/en/")]
    [InlineData("/", "fr", "nl", 302, "/nl/")]
    [InlineData("/", "en-GB", "fr", 302, "/fr/")]
    [InlineData("/fr/page-qui-n-existe-pas/", "fr", null, 404, "/fr/404.html")]
    [InlineData("/nl/bestaat-niet/", "nl", null, 404, "/nl/404.html")]
    [InlineData("/missing/", "en", null, 404, "/en/404.html")]
    [InlineData("/en/future-of-integration/", null, null, 301, "/en/statements/future-of-integration/")]
    [InlineData("/fr/avenir-de-l-integration/", null, null, 301, "/fr/prises-de-position/vision-des-villes-avenir-integration/")]
    [InlineData("/fr/lignes-directrices/", "en", null, 0, null)]
    public void Netlify_redirect_engine_answers_as_intended(string path, string? acceptLanguage, string? cookie, int status, string? to)
    {
        var request = new Dictionary<string, object>
        {
            ["path"] = path,
            ["headers"] = acceptLanguage is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["Accept-Language"] = acceptLanguage },
            ["cookies"] = cookie is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["nf_lang"] = cookie },
        };
        using var temp = new TempDirectory();
        var requests = temp.Write("requests.json", JsonSerializer.Serialize(new[] { request }));

        var answer = NodeTool.Run("netlify-redirect.mjs", site.Output, requests)[0];

        Assert.Equal((status, to), (answer.GetProperty("status").GetInt32(), answer.GetProperty("to").GetString()));
    }
}
