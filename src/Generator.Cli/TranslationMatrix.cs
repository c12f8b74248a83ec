using System.Collections.Immutable;
using System.Text;
using Generator.Authoring;
using Generator.Configuration;

namespace Generator.Cli;

/// <summary>
/// The translation report as plain text: one block a document, one line a language with its
/// state and file (or the file to create); under a stale translation, what changed in the source
/// since its review; under each one to work on, the next step; then the count of each state with
/// what it means. <paramref name="storeFolder"/> names the folder of kept source texts.
/// </summary>
public static class TranslationMatrix
{
    public static string Format(ImmutableArray<TranslationRow> rows, SiteConfig config, TranslationAdvice advice, string storeFolder)
    {
        var languages = config.Languages.Select(l => l.Code).ToArray();
        var width = languages.Max(l => l.Length);
        var indent = new string(' ', width + 4);
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
                if (cell.State == TranslationState.Stale)
                {
                    AppendChange(output, indent, cell, row, storeFolder);
                }

                if (advice.NextStep(row, cell) is { } next)
                {
                    output.Append(indent).Append("next: ").Append(next).Append('\n');
                }
            }
        }

        output.Append('\n');
        foreach (var state in Enum.GetValues<TranslationState>().Where(s => s != TranslationState.Source))
        {
            var count = rows.Sum(r => r.Cells.Values.Count(c => c.State == state));
            output.Append($"{(Name(state) + ":").PadRight(StateWidth + 1)} {count,4}  {TranslationAdvice.Meaning(state)}\n");
        }

        return output.ToString();
    }

    /// <summary>The states <c>--strict</c> fails on.</summary>
    public static bool FailsStrict(TranslationState state) => state is TranslationState.Missing or TranslationState.Stale;

    /// <summary>The name of a state in the report and in JSON.</summary>
    public static string Name(TranslationState state) => state.ToString().ToLowerInvariant();

    private static void AppendChange(StringBuilder output, string indent, TranslationCell cell, TranslationRow row, string storeFolder)
    {
        switch (cell.Change)
        {
            case null:
                output.Append(indent).Append($"what changed cannot be shown: {storeFolder} keeps no copy of the source as it was reviewed (sourceHash: {cell.ReviewedHash}); compare with the whole of {row.SourceFile}\n");
                break;
            case { OnlySpacing: true }:
                output.Append(indent).Append("only spacing or blank lines changed in the source since the review\n");
                break;
            case var change:
                output.Append(indent).Append("changed in the source since the review:\n");
                foreach (var line in change.Lines)
                {
                    output.Append(indent).Append("  ").Append(Sign(line.Kind)).Append(' ').Append(line.Text).Append('\n');
                }

                if (change.More > 0)
                {
                    output.Append(indent).Append($"  … and {change.More} more changed line{(change.More == 1 ? string.Empty : "s")}\n");
                }

                break;
        }
    }

    private static char Sign(ChangeKind kind) => kind switch
    {
        ChangeKind.Added => '+',
        ChangeKind.Removed => '-',
        _ => '~',
    };

    /// <summary>The width of the longest state's name (<c>untracked</c>).</summary>
    private static int StateWidth => Enum.GetValues<TranslationState>().Max(s => Name(s).Length);
}
