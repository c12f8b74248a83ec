using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Generator.Benchmarks;

/// <summary>The relations and wikilinks one synthetic document carries.</summary>
public sealed record DocumentLinks(string FrontMatter, string First, string Second);

/// <summary>
/// Chooses each document's relations (topics, cities, a project) and body wikilinks (to other
/// documents, entities and sections, some with labels) from its own seeded random, so link
/// choices never disturb the text. Without links, the same text is written with each wikilink
/// replaced by its label (or target) and no relations.
/// </summary>
public sealed partial class CorpusLinker(int groups, int seed, bool enabled)
{
    private static readonly string[] DocumentSections = ["guidelines", "statements", "news", "events", "projects"];

    public int Written { get; private set; }

    public DocumentLinks For(int index)
    {
        // Not HashCode.Combine: its seed differs from process to process, and so would the corpus.
        var random = new Random(unchecked((seed * 1_000_003) ^ (index * 7919) ^ 0x5bd1e995));
        var topics = Enumerable.Range(0, random.Next(1, 3)).Select(_ => $"topics/topic-{random.Next(40):D2}").Distinct().ToArray();
        var city = $"cities/city-{random.Next(60):D2}";
        string[] projects = groups >= 5 ? [$"projects/item-{ProjectIndex(random):D6}"] : [];
        var front = new StringBuilder();
        front.Append("topics: [").AppendJoin(", ", topics).Append("]\n");
        front.Append("cities: [").Append(city).Append("]\n");
        if (projects.Length > 0)
        {
            front.Append("projects: [").AppendJoin(", ", projects).Append("]\n");
        }

        var first = $"See [[{Document(random)}]] and [[{Document(random)}|the related text]].";
        var second = random.Next(2) == 0 ? $"More in [[{city}]]." : $"More on [[{topics[0]}|this topic]] and [[{Document(random)}]].";
        return new DocumentLinks(front.ToString(), first, second);
    }

    /// <summary>Counts the links in a written document, or strips them when links are off.</summary>
    public string Apply(string document)
    {
        if (enabled)
        {
            var body = document[(document.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5)..];
            Written += WikiLink().Matches(body).Count + RelationValue(document);
            return document;
        }

        var withoutRelations = RelationLine().Replace(document, string.Empty);
        return WikiLink().Replace(withoutRelations, m => m.Groups["label"].Success ? m.Groups["label"].Value : m.Groups["target"].Value);
    }

    private string Document(Random random)
    {
        var target = random.Next(groups);
        return $"{DocumentSections[target % 5]}/item-{target.ToString("D6", CultureInfo.InvariantCulture)}";
    }

    private int ProjectIndex(Random random)
    {
        var projectCount = groups / 5;
        return random.Next(projectCount) * 5 + 4;
    }

    private static int RelationValue(string document)
    {
        var count = 0;
        foreach (Match line in RelationLine().Matches(document))
        {
            count += line.Value.Count(c => c == ',') + 1;
        }

        return count;
    }

    [GeneratedRegex(@"\[\[(?<target>[^\]|]+)(\|(?<label>[^\]]+))?\]\]")]
    private static partial Regex WikiLink();

    [GeneratedRegex(@"^(topics|cities|projects): \[[^\]]*\]\n", RegexOptions.Multiline)]
    private static partial Regex RelationLine();
}
