namespace Generator.Rendering.Views;

/// <summary>A <c>&lt;link rel=alternate hreflang&gt;</c> entry: a real translation, or <c>x-default</c>.</summary>
public sealed record AlternateLink(string Hreflang, string Url);
