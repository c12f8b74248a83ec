using Generator.Tests.Support;

namespace Generator.Tests.Authoring;

/// <summary>
/// A small two-language site whose <c>report</c> type declares a field of every kind: enums with
/// and without a default, required ones without a default (an enum, a text, a reference), a
/// number, a bool, a URL, a list, a date, and a relation of its own beside the shared ones.
/// </summary>
public static class ModelSite
{
    public const string SiteYml = """
        baseUrl: https://example.org/docs/
        defaultLanguage: en
        languages:
          en: { name: English }
          fr: { name: Français }
        types:
          report:
            kind: document
            fields:
              status: { type: enum, values: [draft, adopted], default: adopted }
              audience: { type: enum, values: [public, members], required: true }
              format: { type: enum, values: [print, web] }
              lead: { type: text, required: true }
              chair: { type: reference, to: person, required: true }
              pages: { type: number }
              binding: { type: bool, default: "false" }
              source: { type: url }
              keywords: { type: list }
              adopted: { type: date }
            relations:
              replaces: { to: [report, person] }
          person: { kind: entity }
        relations:
          people: { to: person }
          related: { to: any }
        sections:
          reports:
            type: report
            segments: { fr: rapports }
          people: { type: person }

        """;

    /// <summary>The site with the small theme of <see cref="SmallSite"/> and UI strings in both languages.</summary>
    public static TempDirectory Create()
    {
        var site = SmallSite.Create(siteYml: SiteYml);
        site.Write("theme/i18n/fr.yml", "x: y\n");
        return site;
    }
}
