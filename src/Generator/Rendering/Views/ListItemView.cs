namespace Generator.Rendering.Views;

/// <summary>
/// One entry of a list page: a document (with <see cref="IsFallback"/> marking an untranslated
/// one, in <see cref="Lang"/>) or, on the tag index, a tag with its <see cref="Count"/>.
/// </summary>
public sealed record ListItemView(
    string Title,
    string Url,
    string Lang,
    string Type,
    string Section,
    Dates.DateValue? Date,
    Dates.DateValue? EndDate,
    string? Location,
    string? Summary,
    bool IsFallback,
    int Count,
    string? Status);
