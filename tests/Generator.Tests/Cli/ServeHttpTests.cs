using System.Net;
using System.Text.RegularExpressions;
using Generator.Publishing.Formats;
using Generator.Tests.Support;

namespace Generator.Tests.Cli;

/// <summary>
/// <c>serve</c> over HTTP, on the multilingual fixture: every file of the build with its content
/// type and the headers of the build's <c>_headers</c> file; only GET and HEAD; only loopback
/// host names (no DNS rebinding); and no request that leaves the built site.
/// </summary>
public sealed partial class ServeHttpTests(ServedSite site) : IClassFixture<ServedSite>
{
    [Theory]
    [InlineData("robots.txt", "text/plain")]
    [InlineData("sitemap.xml", "text/xml")]
    [InlineData("en/feeds/news.rss.xml", "text/xml")]
    [InlineData("fr/feeds/news.atom.xml", "text/xml")]
    [InlineData("en/graph.json", "application/json")]
    [InlineData("en/events.ics", "text/calendar")]
    [InlineData("en/404.html", "text/html")]
    [InlineData("files/report.txt", "text/plain")]
    public async Task Serves_every_file_of_the_build_with_its_content_type(string path, string mediaType)
    {
        using var response = await site.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Serves_the_stylesheet_a_page_links_to()
    {
        var page = await site.Http.GetStringAsync("en/about/");
        var href = StylesheetLink().Match(page).Groups["href"].Value;

        using var response = await site.Http.GetAsync(href);

        Assert.StartsWith(site.BasePath + "assets/style.", href);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("body", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Serves_a_static_file_copied_from_the_input_as_it_is_on_disk()
    {
        var served = await site.Http.GetByteArrayAsync("files/report.txt");

        Assert.Equal(File.ReadAllBytes(site.Combine("input", "static", "files", "report.txt")), served);
    }

    [Fact]
    public async Task Applies_the_rules_of_the_builds_headers_file()
    {
        using var page = await site.Http.GetAsync("en/about/");
        using var french = await site.Http.GetAsync("fr/about/");
        using var calendar = await site.Http.GetAsync("nl/events.ics");
        var href = StylesheetLink().Match(await page.Content.ReadAsStringAsync()).Groups["href"].Value;
        using var stylesheet = await site.Http.GetAsync(href);

        Assert.Equal(NetlifyFiles.ContentSecurityPolicy, Header(page, "Content-Security-Policy"));
        Assert.Equal("nosniff", Header(page, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(page, "X-Frame-Options"));
        Assert.Equal("en", Header(page, "Content-Language"));
        Assert.Equal("fr", Header(french, "Content-Language"));
        Assert.Equal("text/calendar; charset=utf-8", Header(calendar, "Content-Type"));
        Assert.Equal("public, max-age=31536000, immutable", Header(stylesheet, "Cache-Control"));
        Assert.Equal("no-store", Header(page, "Cache-Control"));
    }

    [Fact]
    public async Task A_missing_page_gets_its_languages_404_page_with_the_headers()
    {
        using var response = await site.Http.GetAsync("fr/nulle-part/");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<html lang=\"fr\"", await response.Content.ReadAsStringAsync());
        Assert.Equal(NetlifyFiles.ContentSecurityPolicy, Header(response, "Content-Security-Policy"));
    }

    [Fact]
    public async Task Answers_HEAD_with_the_headers_and_no_body()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, "en/graph.json");
        using var response = await site.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Content.Headers.ContentLength > 0);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("POST", "en/about/")]
    [InlineData("PUT", "robots.txt")]
    [InlineData("DELETE", "en/about/")]
    [InlineData("OPTIONS", "en/")]
    [InlineData("PATCH", "/__serve/live.js")]
    [InlineData("POST", "/__serve/events")]
    public async Task Answers_other_methods_with_405_and_the_allowed_ones(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent("x") };
        using var response = await site.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("GET, HEAD", string.Join(", ", response.Content.Headers.Allow));
    }

    [Theory]
    [InlineData("evil.example.com", "en/about/")]
    [InlineData("evil.example.com:{port}", "en/about/")]
    [InlineData("localhost.evil.example.com:{port}", "robots.txt")]
    [InlineData("127.0.0.1.nip.io:{port}", "en/")]
    [InlineData("evil.example.com:{port}", "/__serve/live.js")]
    [InlineData("evil.example.com:{port}", "/__serve/events")]
    public async Task Rejects_a_host_name_that_is_not_loopback_with_403(string host, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = host.Replace("{port}", site.Port.ToString());
        using var response = await site.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("<html", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("localhost:{port}")]
    [InlineData("LocalHost:{port}")]
    [InlineData("127.0.0.1")]
    [InlineData("127.0.0.1:{port}")]
    [InlineData("[::1]")]
    [InlineData("[::1]:{port}")]
    public async Task Answers_the_loopback_host_names(string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "en/about/");
        request.Headers.Host = host.Replace("{port}", site.Port.ToString());
        using var response = await site.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/../../../../etc/passwd", 400)]
    [InlineData("/en/../../../../etc/passwd", 400)]
    [InlineData("/files/../files/report.txt", 400)]
    [InlineData("/%2e%2e/%2e%2e/%2e%2e/etc/passwd", 400)]
    [InlineData("/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd", 400)]
    [InlineData("/en/..%2f..%2f..%2fetc%2fpasswd", 400)]
    [InlineData("/files/..%2f..%2finput%2fsite.yml", 400)]
    [InlineData("/..%5c..%5c..%5cetc%5cpasswd", 400)]
    [InlineData("/..\\..\\..\\etc\\passwd", 400)]
    [InlineData("//etc/passwd", 400)]
    [InlineData("/C:/Windows/win.ini", 400)]
    [InlineData("/C:%5cWindows%5cwin.ini", 400)]
    [InlineData("/en/about/%00", 400)]
    [InlineData("/%252e%252e/%252e%252e/etc/passwd", 404)]
    public async Task Never_serves_a_file_outside_the_build(string target, int status)
    {
        var (ok, _) = await site.SendRawAsync($"GET {site.BasePath}files/report.txt HTTP/1.1");
        var (code, response) = await site.SendRawAsync($"GET {target} HTTP/1.1");

        Assert.Equal(200, ok);
        Assert.Equal(status, code);
        Assert.DoesNotContain("root:", response);
        Assert.DoesNotContain("languages:", response);
    }

    [Fact]
    public async Task Serves_the_site_under_its_base_path_as_published()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri($"http://127.0.0.1:{site.Port}/") };

        using var root = await client.GetAsync("/");
        using var page = await client.GetAsync("/docs/en/guidelines/youth/");
        using var outside = await client.GetAsync("/en/guidelines/youth/");

        Assert.Equal(("/docs/", HttpStatusCode.Found), (root.Headers.Location?.ToString(), root.StatusCode));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("href=\"/docs/en/guidelines/housing/\"", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : null;

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"(?<href>[^\"]+)\"")]
    private static partial Regex StylesheetLink();
}
