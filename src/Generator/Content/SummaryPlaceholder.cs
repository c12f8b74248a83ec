namespace Generator.Content;

/// <summary>
/// The summary <c>new</c> writes into a document it creates, for the author to replace: until
/// then, validation warns at it (GEN066), so <c>check --strict</c> fails.
/// </summary>
public static class SummaryPlaceholder
{
    public const string Text = "TODO: one or two sentences for lists and search";

    public static bool Is(string? summary) => summary is not null && summary.Trim() == Text;
}
