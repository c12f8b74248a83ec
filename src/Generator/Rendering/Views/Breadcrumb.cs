namespace Generator.Rendering.Views;

/// <summary>One step of the breadcrumb trail; the last is the current page.</summary>
public sealed record Breadcrumb(string Title, string Url, bool IsCurrent);
