using Generator.Authoring;

namespace Generator.Cli;

/// <summary>
/// What each state of a translation means, and the author's next step for one version, naming
/// its file and the command that marks it reviewed (<paramref name="reviewCommand"/>, such as
/// <c>generator translations --review</c>, with the site's folders when they were given).
/// </summary>
public sealed class TranslationAdvice(string reviewCommand)
{
    public static string Meaning(TranslationState state) => state switch
    {
        TranslationState.Source => "the original the translations are made from",
        TranslationState.Current => "reviewed against the source as it is now: nothing to do",
        TranslationState.Stale => "reviewed against an older version of the source, which has changed since",
        TranslationState.Untracked => "never reviewed: it records no sourceHash, so whether it matches the source is not known",
        TranslationState.Draft => "marked draft: true, so it is not published",
        TranslationState.Missing => "not translated: readers get the original on a fallback page (or no page, where the language does not fall back)",
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };

    /// <summary>The next step for this version, or null when there is none (the source, a current translation).</summary>
    public string? NextStep(TranslationRow row, TranslationCell cell)
    {
        var review = $"then run `{reviewCommand} {Quote(cell.File)}`";
        return cell.State switch
        {
            TranslationState.Stale => $"update {cell.File} for the changes in {row.SourceFile}, {review} (it sets sourceHash: {row.SourceHash})",
            TranslationState.Untracked => $"compare {cell.File} with {row.SourceFile}, {review} (it sets sourceHash: {row.SourceHash})",
            TranslationState.Draft => $"finish {cell.File} from {row.SourceFile} and remove draft: true, {review}",
            TranslationState.Missing => $"create {cell.File}{(cell.TranslationKey is null ? string.Empty : $" with translationKey: {cell.TranslationKey}")}, translated from {row.SourceFile}, {review}",
            _ => null,
        };
    }

    /// <summary>A path or value as one shell word: as it is when it is plain, else quoted.</summary>
    public static string Quote(string value) =>
        value.Length > 0 && value.All(c => char.IsLetterOrDigit(c) || c is '/' or '.' or '-' or '_' or ':' or '+' or ',' or '@' || c == Path.DirectorySeparatorChar)
            ? value
            : OperatingSystem.IsWindows() ? "\"" + value + "\"" : "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
