using System.Collections.Immutable;
using System.Text;
using Generator.Authoring;
using Generator.Configuration;

namespace Generator.Cli;

/// <summary>
/// The translation report as plain text: one block a document, one line a language with its
/// state and file (or the file to create), then the count of each state.
/// </summary>
public static class TranslationMatrix
{
    public static string Format(ImmutableArray<TranslationRow> rows, SiteConfig config)
    {
        var languages = config.Languages.Select(l => l.Code).ToArray();
        var width = languages.Max(l => l.Length);
        var output = new StringBuilder();
        foreach (var row in rows)
        {
            output.Append(row.Key).Append('\n');
            foreach (var language in languages)
            {
                var cell = row.Cells[language];
                output.Append("  ").Append(language.PadRight(width)).Append("  ").Append(Name(cell.State).PadRight(StateWidth)).Append("  ").Append(cell.File);
                if (cell.State == TranslationState.Missing)
                {
                    output.Append(cell.TranslationKey is null ? " (to create)" : $" (to create, with translationKey: {cell.TranslationKey})");
                }

                output.Append('\n');
            }
        }

        output.Append('\n');
        foreach (var state in Enum.GetValues<TranslationState>().Where(s => s != TranslationState.Source))
        {
            var count = rows.Sum(r => r.Cells.Values.Count(c => c.State == state));
            output.Append($"{Name(state)}: {count}\n");
        }

        return output.ToString();
    }

    /// <summary>The width of the longest state's name (<c>untracked</c>).</summary>
    private static int StateWidth => Enum.GetValues<TranslationState>().Max(s => Name(s).Length);

    private static string Name(TranslationState state) => state.ToString().ToLowerInvariant();
}
