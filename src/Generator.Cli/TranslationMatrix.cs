using System.Collections.Immutable;
using System.Text;
using Generator.Authoring;
using Generator.Configuration;

namespace Generator.Cli;

/// <summary>The translation matrix as a plain table, one document a row, one language a column, then totals.</summary>
public static class TranslationMatrix
{
    public static string Format(ImmutableArray<TranslationRow> rows, SiteConfig config)
    {
        var languages = config.Languages.Select(l => l.Code).ToArray();
        var width = Math.Max("document".Length, rows.Select(r => r.Key.Length).DefaultIfEmpty(0).Max());
        var output = new StringBuilder();
        output.Append(Line("document", languages, width)).Append('\n');
        foreach (var row in rows)
        {
            output.Append(Line(row.Key, languages.Select(l => Name(row.States[l])), width)).Append('\n');
        }

        output.Append('\n');
        foreach (var state in Enum.GetValues<TranslationState>().Where(s => s != TranslationState.Source))
        {
            var count = rows.Sum(r => r.States.Values.Count(s => s == state));
            output.Append($"{Name(state)}: {count}\n");
        }

        return output.ToString();
    }

    private static string Line(string first, IEnumerable<string> cells, int width) =>
        (first.PadRight(width) + string.Concat(cells.Select(c => "  " + c.PadRight(9)))).TrimEnd();

    private static string Name(TranslationState state) => state.ToString().ToLowerInvariant();
}
