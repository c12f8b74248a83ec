using Generator.Rendering.Views;

namespace Generator.Rendering.Policy;

/// <summary>
/// A policy document's place in its lifecycle as templates see it (<c>page.lifecycle</c>): its
/// status and the status's label in the reader's language, whether it carries a prominent notice
/// (superseded, withdrawn), the dates its statuses carry (<c>adopted</c> on…) in lifecycle order,
/// what replaces it and what it replaces.
/// </summary>
public sealed record LifecycleView(
    string Status,
    string Label,
    bool Notice,
    IReadOnlyList<LifecycleDateView> Dates,
    LinkView? Successor,
    IReadOnlyList<LinkView> Predecessors);

/// <summary>A date a document's lifecycle carries: its field (<c>adopted</c>), the status it belongs to, and the day.</summary>
public sealed record LifecycleDateView(string Field, string Status, Dates.DateValue Date);

/// <summary>A status on a list of policy documents: its name, its label in the reader's language, and how many of the list's documents are in it.</summary>
public sealed record StatusCountView(string Status, string Label, int Count);
