using System.Text.RegularExpressions;

namespace Generator.Authoring;

/// <summary>
/// A file <c>new</c> starts a document of a type from, instead of the front matter the content
/// model gives (<see cref="FrontMatterComposer"/>): its text, with placeholders such as
/// <c>{{title}}</c> that <see cref="Fill"/> replaces. Any <c>sourceHash</c> line is left out, so
/// a translation made from it is never marked reviewed.
/// </summary>
public sealed partial record Archetype(string Path, string Text)
{
    /// <summary>The placeholders an archetype may use, in the order the README lists them.</summary>
    public static readonly IReadOnlyList<string> Placeholders = ["title", "date", "lang", "slug", "type", "section", "summary", "fields"];

    public (string? Text, ScaffoldProblem? Problem) Fill(IReadOnlyDictionary<string, string> values)
    {
        foreach (Match match in Placeholder().Matches(Text))
        {
            if (!values.ContainsKey(match.Groups[1].Value))
            {
                var line = Text[..match.Index].Count(c => c == '\n') + 1;
                var column = match.Index - (Text.LastIndexOf('\n', Math.Max(0, match.Index - 1)) + 1) + 1;
                return (null, new ScaffoldProblem($"{Path}({line},{column}): unknown placeholder '{match.Value}' in the archetype",
                    "the placeholders are: " + string.Join(", ", Placeholders.Select(p => "{{" + p + "}}")), IsUsage: false));
            }
        }

        var filled = Placeholder().Replace(Text, match => values[match.Groups[1].Value]);
        return (SourceHashLine().Replace(filled, string.Empty), null);
    }

    [GeneratedRegex(@"\{\{\s*([A-Za-z]+)\s*\}\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^[Ss][Oo][Uu][Rr][Cc][Ee][Hh][Aa][Ss][Hh]:[^\r\n]*(\r?\n)?", RegexOptions.Multiline)]
    private static partial Regex SourceHashLine();
}
