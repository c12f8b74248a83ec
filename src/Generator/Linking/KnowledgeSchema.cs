using Generator.Content;

namespace Generator.Linking;

/// <summary>
/// The knowledge base's kinds: entity sections (projects, cities, organisations, people, topics,
/// events) and document sections (guidelines, statements, news), and which kind each relation
/// key names.
/// </summary>
public static class KnowledgeSchema
{
    public static readonly IReadOnlyList<string> EntitySections = ["projects", "cities", "organisations", "people", "topics", "events"];

    public static readonly IReadOnlyList<string> DocumentSections = ["guidelines", "statements", "news"];

    /// <summary>Relation key to the sections its values may name; null means any page.</summary>
    public static IReadOnlyList<string>? TargetSections(string relationKey) => relationKey switch
    {
        FrontMatterKeys.Topics => ["topics"],
        FrontMatterKeys.Cities => ["cities"],
        FrontMatterKeys.Projects => ["projects"],
        FrontMatterKeys.Organisations => ["organisations"],
        FrontMatterKeys.People => ["people"],
        FrontMatterKeys.Events => ["events"],
        FrontMatterKeys.Supersedes => DocumentSections,
        _ => null,
    };

    public static bool IsEntity(string section) => EntitySections.Contains(section);

    public static bool IsDocument(string section) => DocumentSections.Contains(section);

    /// <summary>The singular noun of a section's kind, for messages ("a project", "a city").</summary>
    public static string KindName(string section) => section switch
    {
        "projects" => "project",
        "cities" => "city",
        "organisations" => "organisation",
        "people" => "person",
        "topics" => "topic",
        "events" => "event",
        "guidelines" => "guideline",
        "statements" => "statement",
        "news" => "news item",
        "" => "page",
        _ => section,
    };
}
