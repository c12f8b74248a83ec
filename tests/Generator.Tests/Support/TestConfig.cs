using Generator.Configuration;
using Generator.Diagnostics;

namespace Generator.Tests.Support;

/// <summary>Site configurations for unit tests, read from site.yml text as a build reads it.</summary>
public static class TestConfig
{
    public static SiteConfig Minimal() => Read("baseUrl: https://example.org/\nlanguages:\n  en: { name: English }\n");

    public static SiteConfig Read(string yaml) =>
        new SiteConfigLoader().Load(yaml, "site.yml", null, new DiagnosticBag()) ?? throw new InvalidOperationException("the test's site.yml has errors");
}
