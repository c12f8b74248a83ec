namespace Generator.Rendering.Views;

/// <summary>
/// A filter of the search page: its name (<c>type</c>, <c>year</c>, or a relation's
/// <c>filter</c> from site.yml), its label, and the text of its "all" choice, which agrees with
/// the label in languages whose words have a gender ("Toutes" for ville and année, "Tous" for type).
/// </summary>
public sealed record SearchFilterView(string Name, string Label, string All);
