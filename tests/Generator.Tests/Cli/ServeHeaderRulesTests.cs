using Generator.Cli.Serve;

namespace Generator.Tests.Cli;

/// <summary>
/// The preview reads the build's <c>_headers</c> file as Netlify does: every matching rule adds
/// its headers, a later rule's value replaces an earlier one's, and a header named twice in one
/// rule has its values joined.
/// </summary>
public sealed class ServeHeaderRulesTests
{
    private const string File = """
        # comment
        /*
          X-Frame-Options: DENY
          Cache-Control: no-cache

        /en/*
          Content-Language: en

        /assets/*
          Cache-Control: public, max-age=31536000, immutable

        /en/events.ics
          Content-Type: text/calendar; charset=utf-8

        /:lang/feeds/*
          Link: <a>
          Link: <b>

        """;

    [Theory]
    [InlineData("/", "X-Frame-Options: DENY|Cache-Control: no-cache")]
    [InlineData("/en/about/", "X-Frame-Options: DENY|Cache-Control: no-cache|Content-Language: en")]
    [InlineData("/en", "X-Frame-Options: DENY|Cache-Control: no-cache|Content-Language: en")]
    [InlineData("/english/", "X-Frame-Options: DENY|Cache-Control: no-cache")]
    [InlineData("/assets/style.0123456789.css", "X-Frame-Options: DENY|Cache-Control: public, max-age=31536000, immutable")]
    [InlineData("/en/events.ics", "X-Frame-Options: DENY|Cache-Control: no-cache|Content-Language: en|Content-Type: text/calendar; charset=utf-8")]
    [InlineData("/fr/events.ics", "X-Frame-Options: DENY|Cache-Control: no-cache")]
    [InlineData("/fr/feeds/news.rss.xml", "X-Frame-Options: DENY|Cache-Control: no-cache|Link: <a>, <b>")]
    public void Applies_every_matching_rule_later_values_replacing_earlier_ones(string path, string expected)
    {
        var headers = HeaderRules.Parse(File).For(path);

        Assert.Equal(expected, string.Join("|", headers.Select(h => $"{h.Key}: {h.Value}")));
    }
}
