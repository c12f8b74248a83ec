namespace Generator.Rendering.Views;

/// <summary>A tag of a page, linking to the tag's page in the reader's language.</summary>
public sealed record TagLink(string Label, string Url);
