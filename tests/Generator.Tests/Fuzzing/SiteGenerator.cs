using System.Collections.Immutable;
using CsCheck;

namespace Generator.Tests.Fuzzing;

/// <summary>
/// Generates small valid sites: two or three languages (the first is the default), the guidelines
/// section and up to two others, one to five documents with translations, dates, tags, relations,
/// wikilinks and links to source files, and one of two themes. Built as generated, each must
/// succeed without an error.
/// </summary>
public static class SiteGenerator
{
    private static readonly string[] Names = ["charter", "youth", "housing", "values", "antwerp", "toulouse", "vision", "meeting-2019", "welcome", "about"];

    private static readonly string[] BaseUrls = ["https://example.org/", "https://example.org/docs/", "http://localhost:8080/a/b/"];

    private static readonly string[][] LanguageSets = [["en", "fr"], ["en", "fr", "nl"], ["fr", "en"], ["nl", "en", "fr"], ["en", "nl"]];

    private static readonly string[][] SectionSets =
    [
        ["guidelines"], ["guidelines", "news"], ["guidelines", "topics"], ["guidelines", "events", "cities"], ["guidelines", "projects", "news"], ["guidelines", "topics", "cities"],
    ];

    public static Gen<SiteBlueprint> Blueprint { get; } =
        from languages in Gen.Int[0, LanguageSets.Length - 1]
        from sections in Gen.Int[0, SectionSets.Length - 1]
        from documents in Document(SectionSets[sections]).Array[1, 5]
        from pageSize in Gen.Int[1, 3]
        from baseUrl in Gen.Int[0, BaseUrls.Length - 1]
        from fallbackToAll in Gen.Bool
        from richTheme in Gen.Bool
        select new SiteBlueprint(
            [.. LanguageSets[languages]],
            [.. SectionSets[sections]],
            [.. documents.DistinctBy(d => d.Id)],
            pageSize,
            BaseUrls[baseUrl],
            fallbackToAll,
            richTheme);

    public static Gen<FuzzSite> Valid { get; } = Blueprint.Select(SiteWriter.Write);

    private static Gen<DocumentBlueprint> Document(string[] sections) =>
        from section in Gen.Int[0, sections.Length]
        from name in Gen.Int[0, Names.Length - 1]
        from translated in Gen.Bool.Array[3]
        from hasDate in Gen.Bool
        from days in Gen.Int[0, 3650]
        from tags in Gen.Int[0, 15]
        from links in Gen.Int[0, 9].Array[0, 2]
        from relations in Gen.Int[0, 9].Array[0, 2]
        from draft in Gen.Frequency((9, false), (1, true))
        select new DocumentBlueprint(
            section == sections.Length ? string.Empty : sections[section],
            Names[name],
            [.. translated],
            days,
            hasDate,
            tags,
            [.. links],
            [.. relations],
            draft);
}
